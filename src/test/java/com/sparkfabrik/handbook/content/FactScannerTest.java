package com.sparkfabrik.handbook.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sparkfabrik.handbook.diag.Diagnostic;
import com.sparkfabrik.handbook.diag.Diagnostics;
import com.sparkfabrik.handbook.policy.Policy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The direct expansion of fact references agrees with the template engine's on every page it
 * accepts, and leaves every other page to the engine.
 */
class FactScannerTest {

    private static final Policy POLICY = ContentFixtures.fullPolicy();
    private static final FactExpander DIRECT = new FactExpander(POLICY, true);
    private static final FactExpander ENGINE = new FactExpander(POLICY, false);

    @Test
    void recognisesThePlainFormsWithTheirLinesAndArgumentColumns() {
        List<FactScanner.Call> calls =
                FactScanner.scan(
                                "# T\n\nA {{ value('a.b') }} and {{fact(\"c\")}}.\n"
                                        + "{{  tldr( )  }}\n\t{{ facts_table('harness') }}\n")
                        .orElseThrow();
        assertEquals(
                List.of(
                        "value a.b 3:12",
                        "fact c 3:33",
                        "tldr null 4:0",
                        "facts_table harness 5:17"),
                calls.stream()
                        .map(
                                c ->
                                        c.function().name()
                                                + " "
                                                + c.argument()
                                                + " "
                                                + c.line()
                                                + ":"
                                                + c.argumentColumn())
                        .toList());
        assertEquals(7, calls.get(0).start());
        assertEquals(25, calls.get(0).end());
    }

    @Test
    void leavesEverythingElseToTheTemplateEngine() {
        for (String body :
                List.of(
                        "{% verbatim %}{{ x }}{% endverbatim %}",
                        "{# a comment #}",
                        "{{ value(1) }}",
                        "{{ value(id='a') }}",
                        "{{ value('a') | upper }}",
                        "{{- value('a') }}",
                        "{{ value('a') -}}",
                        "{{ value ('a') }}",
                        "{{ value('a\\'b') }}",
                        "{{ value(\"#{x}\") }}",
                        "{{ value('a'\n) }}",
                        "{{ value('a', 'b') }}",
                        "{{ value() }}",
                        "{{ tldr('a') }}",
                        "{{ include('x') }}",
                        "{{ value('a') }",
                        "{{ value('a')",
                        "{{{ value('a') }}}",
                        "{{ value('" + "a".repeat(600) + "') }}")) {
            assertTrue(FactScanner.scan("text " + body + " text").isEmpty(), body);
        }
    }

    @Test
    void reportsEachUnknownReferenceAtItsOwnColumn() {
        PageSource page =
                new PageSource(
                        "p",
                        "content/p.md",
                        "P",
                        0,
                        "",
                        "x\n{{ value('nope') }} and {{ fact('nope') }}\n");
        Diagnostics diagnostics = new Diagnostics();
        new FactExpander(POLICY).expand(page, diagnostics);
        assertEquals(
                List.of("content/p.md:2:10", "content/p.md:2:33"),
                diagnostics.all().stream()
                        .map(d -> d.format().substring(0, d.format().indexOf(": ")))
                        .toList());
    }

    /**
     * Every page of every fixture, hostile input and fuzz seed, and of this repository's handbook.
     */
    @Test
    void agreesWithTheTemplateEngineOnEveryKnownPage() throws IOException {
        int compared = 0;
        int direct = 0;
        for (Path file : ContentFixtures.markdownFiles()) {
            String body = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            assertAgree(body, FactScannerTest::formatted);
            compared++;
            direct += FactScanner.scan(body).isPresent() && body.contains("{{") ? 1 : 0;
        }
        assertTrue(compared > 80, "pages compared: " + compared);
        assertTrue(direct > 20, "pages expanded directly: " + direct);
    }

    /**
     * Random pages of text, plain references (known and unknown, both quotes, odd spacing) and
     * constructs only the engine understands: the same text, fragments, uses and diagnostics, the
     * columns aside (the direct way reports each argument where it is; the engine reports the first
     * occurrence on the line).
     */
    @Test
    void agreesWithTheTemplateEngineOnRandomPages() {
        List<String> pieces =
                List.of(
                        "text ",
                        "\n",
                        "\n\n",
                        "{{ value('limits.weekly-window') }}",
                        "{{value(\"limits.weekly-window\")}}",
                        "{{ statement('quota.window') }}",
                        "{{ fact('setup.cache') }}",
                        "{{ contact('people') }}",
                        "{{ fact('nope') }}",
                        "{{\tfact( 'limits.weekly-window' )\t}}",
                        "{{ contact('hr-team') }}",
                        "{{ contact('ghost') }}",
                        "{{ tldr() }}",
                        "{{ facts_table('harness') }}",
                        "{{ facts_table('none') }}",
                        "{{ contacts_table() }}",
                        "{{ value(3) }}",
                        "{{ x }}",
                        "{% verbatim %}{{ y }}{% endverbatim %}",
                        "`code {{ value('limits.weekly-window') }}`",
                        "{ single }",
                        "}}",
                        "{",
                        "'",
                        "# Heading {{ value('nope') }}\n");
        Random random = new Random(10);
        for (int round = 0; round < 3000; round++) {
            StringBuilder body = new StringBuilder();
            for (int n = random.nextInt(12); n >= 0; n--) {
                body.append(pieces.get(random.nextInt(pieces.size())));
            }
            assertAgree(body.toString(), FactScannerTest::withoutColumns);
        }
    }

    private static void assertAgree(String body, Function<Diagnostics, List<String>> diagnostics) {
        PageSource page = new PageSource("p", "content/p.md", "P", 0, "", body);
        Diagnostics fast = new Diagnostics();
        Diagnostics engine = new Diagnostics();
        assertEquals(made(ENGINE.expand(page, engine)), made(DIRECT.expand(page, fast)), body);
        assertEquals(diagnostics.apply(engine), diagnostics.apply(fast), body);
    }

    /** What an expansion made, without its shape: the direct one's is each call's output. */
    private static List<Object> made(Expansion expansion) {
        return List.of(
                expansion.text(), expansion.fragments(), expansion.uses(), expansion.complete());
    }

    private static List<String> withoutColumns(Diagnostics diagnostics) {
        return diagnostics.all().stream()
                .map(d -> d.position().file() + ":" + d.position().line() + " " + d.message())
                .distinct()
                .sorted()
                .toList();
    }

    private static List<String> formatted(Diagnostics diagnostics) {
        return diagnostics.all().stream().map(Diagnostic::format).toList();
    }
}
