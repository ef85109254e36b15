package com.sparkfabrik.handbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sparkfabrik.handbook.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** handbook.yaml reaches every page, the sitemap and the 404 page; flags win over it. */
class HandbookSettingsTest {

    private static final String SETTINGS =
            """
            base_url: https://example.org/handbook/
            repository: https://github.com/example/handbook
            edit_url: https://github.com/example/handbook/edit/main/
            severity:
              open-question: off
            """;

    private static Path site(Path temp, String settings) throws IOException {
        Path source = Fixtures.copy(Fixtures.ROOT.resolve("full"), temp.resolve("src"));
        if (settings != null) {
            Files.writeString(source.resolve("handbook.yaml"), settings);
        }
        return source;
    }

    private static Fixtures.Run build(Path source, String... more) {
        List<String> args = new ArrayList<>(List.of("build", "--source", source.toString()));
        args.addAll(List.of(more));
        Fixtures.Run run = Fixtures.run(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        return run;
    }

    private static List<Path> pages(Path site) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    @Test
    void withABaseUrlTheSitemapListsEveryPageAbsolutely(@TempDir Path temp) throws IOException {
        Path source = site(temp, SETTINGS);
        build(source);
        String sitemap = Files.readString(source.resolve("site/sitemap.xml"));
        Matcher loc = Pattern.compile("<loc>([^<]*)</loc>").matcher(sitemap);
        int count = 0;
        while (loc.find()) {
            assertTrue(loc.group(1).startsWith("https://example.org/handbook/"), loc.group(1));
            count++;
        }
        assertTrue(count >= 3, sitemap);
        assertTrue(sitemap.contains("<loc>https://example.org/handbook/index.html</loc>"), sitemap);
    }

    @Test
    void theNotFoundPageLinksAbsolutelySoItWorksAtAnyDepth(@TempDir Path temp) throws IOException {
        Path source = site(temp, SETTINGS);
        build(source);
        Document page = Jsoup.parse(source.resolve("site/404.html").toFile());
        assertEquals(
                "https://example.org/handbook/assets/style.css",
                page.selectFirst("link[rel=stylesheet]").attr("href"));
        for (Element link : page.select("a[href], script[src]")) {
            String target = link.hasAttr("href") ? link.attr("href") : link.attr("src");
            assertTrue(
                    target.startsWith("https://") || target.startsWith("#"),
                    "relative link on the 404 page: " + link);
        }
    }

    @Test
    void withoutABaseUrlNoSitemapIsWrittenAndThe404PageIsRelative(@TempDir Path temp)
            throws IOException {
        Path source = site(temp, null);
        build(source);
        assertFalse(Files.exists(source.resolve("site/sitemap.xml")));
        Document page = Jsoup.parse(source.resolve("site/404.html").toFile());
        assertEquals("assets/style.css", page.selectFirst("link[rel=stylesheet]").attr("href"));
    }

    @Test
    void theBaseUrlFlagWinsOverTheFile(@TempDir Path temp) throws IOException {
        Path source = site(temp, SETTINGS);
        build(source, "--base-url", "https://other.example/");
        String sitemap = Files.readString(source.resolve("site/sitemap.xml"));
        assertTrue(sitemap.contains("<loc>https://other.example/index.html</loc>"), sitemap);
        assertFalse(sitemap.contains("example.org"), sitemap);
    }

    @Test
    void everyContentPageLinksToItsSourceForEditing(@TempDir Path temp) throws IOException {
        Path source = site(temp, SETTINGS);
        build(source);
        Path site = source.resolve("site");
        int checked = 0;
        for (Path html : pages(site)) {
            String id = site.relativize(html).toString().replace('\\', '/');
            id = id.substring(0, id.length() - ".html".length());
            Path markdown = source.resolve("content/" + id + ".md");
            Document page = Jsoup.parse(html.toFile());
            Element edit = page.selectFirst("p.edit-link a");
            if (Files.exists(markdown)) {
                assertEquals(
                        "https://github.com/example/handbook/edit/main/content/" + id + ".md",
                        edit == null ? null : edit.attr("href"),
                        id);
                assertEquals("Edit this page", edit.text());
                checked++;
            } else {
                assertEquals(null, edit, "a generated page has no source to edit: " + id);
            }
            assertEquals(
                    "https://github.com/example/handbook",
                    page.select("footer a").last().attr("href"),
                    id);
        }
        assertTrue(checked >= 2, "pages checked: " + checked);
    }

    @Test
    void withoutAnEditUrlNoPageHasAnEditLink(@TempDir Path temp) throws IOException {
        Path source = site(temp, null);
        build(source);
        for (Path html : pages(source.resolve("site"))) {
            assertTrue(Jsoup.parse(html.toFile()).select("p.edit-link").isEmpty(), html.toString());
        }
    }

    @Test
    void theLanguageSetsHtmlLangAndTheInterfaceStrings(@TempDir Path temp) throws IOException {
        Path source = site(temp, "language: it\nedit_url: https://example.org/edit/\n");
        build(source);
        Document page = Jsoup.parse(source.resolve("site/index.html").toFile());
        assertEquals("it", page.selectFirst("html").attr("lang"));
        assertEquals("Vai al contenuto", page.selectFirst("a.skip-link").text());
        assertEquals("Modifica questa pagina", page.selectFirst("p.edit-link a").text());
    }

    @Test
    void severitiesComeFromTheFileAndAFlagOverridesOne(@TempDir Path temp) throws IOException {
        Path source = site(temp, null);
        Fixtures.Run defaults = Fixtures.run("check", "--source", source.toString());
        assertTrue(defaults.err().contains("[open-question]"), defaults.err());
        Files.writeString(source.resolve("handbook.yaml"), "severity:\n  open-question: off\n");
        Fixtures.Run quiet = Fixtures.run("check", "--source", source.toString());
        assertFalse(quiet.err().contains("[open-question]"), quiet.err());
        Fixtures.Run flag =
                Fixtures.run(
                        "check",
                        "--severity",
                        "open-question=warning",
                        "--source",
                        source.toString());
        assertEquals(defaults.err(), flag.err());
    }

    @Test
    void anErrorInHandbookYamlStopsEveryCommandWithItsLocation(@TempDir Path temp)
            throws IOException {
        Path source = site(temp, "language: en\nbase-url: https://example.org/\n");
        String expected =
                "handbook.yaml:2:1: error: unknown key 'base-url' in handbook.yaml (did you mean"
                        + " 'base_url'?) [schema]\n1 error, 0 warnings\n";
        for (String command : List.of("check", "build", "explain")) {
            List<String> args = new ArrayList<>(List.of(command));
            if (command.equals("explain")) {
                args.add("limits.weekly-window");
            }
            args.addAll(List.of("--source", source.toString()));
            Fixtures.Run run = Fixtures.run(args.toArray(String[]::new));
            assertEquals(1, run.exitCode(), command + ": " + run.err());
            assertEquals(expected, run.err(), command);
        }
        assertFalse(Files.exists(source.resolve("site")));
    }

    @Test
    void thisRepositorysHandbookBuildsWithAndWithoutItsBaseUrl(@TempDir Path temp)
            throws IOException {
        Path source = Fixtures.copyHandbook(temp.resolve("repo"));
        Files.copy(Path.of("handbook.yaml"), source.resolve("handbook.yaml"));
        build(source);
        String sitemap = Files.readString(source.resolve("site/sitemap.xml"));
        assertTrue(
                sitemap.contains(
                        "<loc>https://sparkfabrik.github.io/policy-handbook/index.html</loc>"),
                sitemap);
        assertTrue(
                Files.readString(source.resolve("site/usage-limits.html"))
                        .contains(
                                "href=\"https://github.com/sparkfabrik/policy-handbook/edit/main/content/usage-limits.md\""));
        build(source, "--base-url", "");
        assertFalse(Files.exists(source.resolve("site/sitemap.xml")));
    }
}
