package com.sparkfabrik.handbook.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sparkfabrik.handbook.Fixtures;
import com.sparkfabrik.handbook.OutputInvariant;
import com.sparkfabrik.handbook.Runs;
import com.sparkfabrik.handbook.diag.RuleSeverities;
import com.sparkfabrik.handbook.diag.Severity;
import com.sparkfabrik.handbook.pipeline.Build;
import com.sparkfabrik.handbook.pipeline.BuildRequest;
import com.sparkfabrik.handbook.pipeline.BuildResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Markup and script payloads in every input an author controls (Markdown, front matter, fact
 * values, statements, contacts, the policy's title, file names) come out inert: every built site
 * satisfies {@link OutputInvariant}, and each payload is visible as text, not as markup.
 */
class InjectionTest {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "<img src=x onerror=alert(1)>";
    static final String ATTRIBUTE_BREAK = "\" onmouseover=\"alert(1)";
    private static final Clock CLOCK =
            Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);

    @Test
    void rawHtmlScriptsAndEventHandlersInMarkdownAreEscaped(@TempDir Path temp) throws IOException {
        Path source = minimal(temp);
        Files.writeString(
                source.resolve("content/raw.md"),
                """
                ---
                title: Raw
                ---

                %s

                %s and <a href="javascript:alert(1)" onclick="alert(1)">a link</a>

                <div onload="alert(1)"><iframe src="https://evil.example"></iframe></div>

                <svg onload=alert(1)><style>*{background:url(javascript:alert(1))}</style>

                Inline <b onmouseover=alert(1)>bold</b>, <!-- comment --> and <base href="https://evil.example/">.

                [text %s](#raw "title %s")

                `<script>in code</script>`

                ```html
                <script>alert('fenced')</script>
                ```
                """
                        .formatted(SCRIPT, IMG, ATTRIBUTE_BREAK, ATTRIBUTE_BREAK));
        Path out = buildGood(source, temp);
        String page = Files.readString(out.resolve("raw.html"));
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), page);
        assertTrue(page.contains("&lt;img src=x onerror=alert(1)&gt;"), page);
    }

    @Test
    void refusedLinksStayBlockedWhenTheRuleIsLoweredToAWarning(@TempDir Path temp)
            throws IOException {
        Path source = minimal(temp);
        Fixtures.copy(HostileInputTest.HOSTILE.resolve("unsafe-links"), source);
        Files.delete(source.resolve("expected.txt"));
        Path out = temp.resolve("out");
        BuildRequest request =
                new BuildRequest(
                        source,
                        Optional.of(out),
                        "",
                        Optional.empty(),
                        CLOCK,
                        // the published-site link check reports the blocked links as broken
                        // anchors: lowered too
                        RuleSeverities.of(
                                Map.of(
                                        "unsafe-link",
                                        Severity.WARNING,
                                        "broken-anchor",
                                        Severity.WARNING)));
        BuildResult result = new Build().run(request);
        assertTrue(result.published(), () -> result.diagnostics().all().toString());
        assertEquals(
                16,
                result.diagnostics().all().stream()
                        .filter(d -> d.rule().equals("unsafe-link"))
                        .count(),
                () -> result.diagnostics().all().toString());
        OutputInvariant.assertSafe(out);
        String page = Files.readString(out.resolve("index.html"));
        assertTrue(page.contains("href=\"#blocked-link\""), page);
        assertFalse(page.toLowerCase(Locale.ROOT).contains("href=\"javascript"), page);
    }

    @Test
    void payloadsInThePolicyAreEscapedWherePagesShowThem(@TempDir Path temp) throws IOException {
        Path source = minimal(temp);
        replace(
                source.resolve("policy.yaml"),
                Map.of(
                        "title: Minimal Policy", "title: '" + SCRIPT + "'",
                        "name: Policy owners", "name: '" + IMG + "'",
                        "channel: \"#policy\"",
                                "channel: '#policy"
                                        + ATTRIBUTE_BREAK.replace("'", "''")
                                        + "'\n    description: '</td></tr></table>"
                                        + SCRIPT
                                        + "'",
                        "statement: Usage is limited over a rolling {value} window.",
                                "statement: '</p>" + SCRIPT + " over {value}'",
                        "value: \"/usage\"", "value: '/usage" + ATTRIBUTE_BREAK + IMG + "'"));
        Files.writeString(
                source.resolve("content/contacts.md"),
                "---\ntitle: Contacts\n---\n\n{{ contacts_table() }}\n\n"
                        + "{{ fact('limits.weekly-window') }}\n\n{{ statement('limits.usage-command') }}\n\n{{ facts_table('limits') }}\n");
        Path out = buildGood(source, temp);
        String index = Files.readString(out.resolve("index.html"));
        assertTrue(
                index.contains(
                        "<a class=\"brand\" href=\"index.html\">&lt;script&gt;alert(1)&lt;/script&gt;</a>"),
                index);
        assertTrue(
                Files.readString(out.resolve("contacts.html"))
                        .contains("&lt;img src=x onerror=alert(1)&gt;"));
    }

    @Test
    void aUrlFactWithAScriptSchemeIsRefusedWhereItIsWritten(@TempDir Path temp) throws IOException {
        Path source = minimal(temp);
        Path policy = source.resolve("policy.yaml");
        Files.writeString(
                policy,
                Files.readString(policy)
                        + """
                  docs.link:
                    level: info
                    type: url
                    value: "javascript:alert(1)"
                    statement: See {value}.
                    page: index
                    anchor: limits
                  docs.quoted:
                    level: info
                    type: url
                    value: 'https://example.com/" onmouseover="alert(1)'
                    statement: See {value}.
                    page: index
                    anchor: limits
                """);
        Fixtures.Run run = Runs.check(source);
        assertEquals(1, run.exitCode());
        assertEquals(
                """
                policy.yaml:36:12: error: a url must start with http:// or https://, not 'javascript:alert(1)' [schema]
                policy.yaml:43:12: error: a url must start with http:// or https://, not 'https://example.com/" onmouseover="alert(1)' [schema]
                2 errors, 0 warnings
                """,
                run.err());
    }

    @Test
    void idsThatWouldBreakOutOfAnAttributeAreRefused(@TempDir Path temp) throws IOException {
        Path source = minimal(temp);
        replace(
                source.resolve("policy.yaml"),
                Map.of(
                        "contacts:\n",
                        "contacts:\n  'x\" onmouseover=\"alert(1)':\n    name: Evil\n"));
        Fixtures.Run run = Runs.check(source);
        assertEquals(
                "policy.yaml:11:3: error: invalid id 'x\" onmouseover=\"alert(1)' in 'contacts': use lower-case words"
                        + " joined by dashes [schema]\n1 error, 0 warnings\n",
                run.err());
    }

    @Test
    void payloadsInFrontMatterAreEscaped(@TempDir Path temp) throws IOException {
        Path source = minimal(temp);
        Files.writeString(
                source.resolve("content/front.md"),
                "---\ntitle: </title>"
                        + SCRIPT
                        + "\ndescription: '"
                        + ATTRIBUTE_BREAK
                        + "><script>alert(2)</script>'\n---\n\nBody.\n");
        Path out = buildGood(source, temp);
        String page = Files.readString(out.resolve("front.html"));
        assertTrue(
                page.contains("<h1>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</h1>"),
                page);
        assertTrue(
                page.contains(
                        "content=\"&quot; onmouseover=&quot;alert(1)&gt;&lt;script&gt;alert(2)&lt;/script&gt;\""),
                page);
    }

    @Test
    void aPageFileNamedLikeMarkupIsEscapedInLinksAndTheSitemap(@TempDir Path temp)
            throws IOException {
        Path source = minimal(temp);
        String name = "\"><img src=x onerror=alert(1)>";
        Files.writeString(
                source.resolve("content/" + name + ".md"), "---\ntitle: Odd name\n---\n\nBody.\n");
        Files.writeString(source.resolve("handbook.yaml"), "base_url: https://example.org/\n");
        Path out = buildGood(source, temp);
        assertTrue(Files.exists(out.resolve(name + ".html")));
        assertTrue(
                Files.readString(out.resolve("sitemap.xml"))
                        .contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;.html"));
    }

    @Test
    void theSearchIndexKeepsPayloadsInsideItsStrings(@TempDir Path temp) throws IOException {
        Path source = minimal(temp);
        Files.writeString(
                source.resolve("content/search.md"),
                "---\ntitle: </script><script>alert(1)</script>\n---\n\n"
                        + "## <!--<script>\n\n</script><script>alert(2)</script> \u2028 \u2029 \\u0022\n");
        Path out = buildGood(source, temp);
        try (Stream<Path> files = Files.list(out.resolve("assets/search"))) {
            for (Path file : files.toList()) {
                String index = Files.readString(file);
                assertFalse(index.contains("</script"), index);
            }
        }
    }

    private static Path minimal(Path temp) {
        return Fixtures.copy(Fixtures.ROOT.resolve("minimal"), temp.resolve("src"));
    }

    /** Builds into {@code temp/out}, which must succeed and satisfy the output invariant. */
    private static Path buildGood(Path source, Path temp) {
        Path out = temp.resolve("out");
        Runs.buildGood(source, out);
        try (Stream<Path> files = Files.walk(out)) {
            assertTrue(files.anyMatch(p -> p.toString().endsWith(".html")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static void replace(Path file, Map<String, String> replacements) throws IOException {
        String text = Files.readString(file);
        for (Map.Entry<String, String> r : replacements.entrySet()) {
            if (!text.contains(r.getKey())) {
                throw new IllegalStateException("no '" + r.getKey() + "' in " + file);
            }
            text = text.replace(r.getKey(), r.getValue());
        }
        Files.writeString(file, text);
    }
}
