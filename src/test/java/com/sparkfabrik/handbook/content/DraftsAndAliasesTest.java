package com.sparkfabrik.handbook.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sparkfabrik.handbook.Fixtures;
import com.sparkfabrik.handbook.OutputInvariant;
import com.sparkfabrik.handbook.pipeline.BuildRequest;
import com.sparkfabrik.handbook.pipeline.Pipeline;
import com.sparkfabrik.handbook.render.PageSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Front matter {@code draft: true} and {@code aliases:} through real builds. */
class DraftsAndAliasesTest {

    private static Path site(Path temp) throws IOException {
        Path source = Fixtures.copy(Fixtures.ROOT.resolve("minimal"), temp.resolve("src"));
        Files.writeString(
                source.resolve("content/upcoming.md"),
                "---\ntitle: Upcoming rules\ndraft: true\n---\n\nNot decided yet.\n");
        Files.createDirectories(source.resolve("content/guides"));
        Files.writeString(
                source.resolve("content/guides/moved.md"),
                "---\ntitle: Moved page\naliases: [old-page, guides/older.html]\n---\n\nHere now.\n");
        return source;
    }

    @Test
    void aDraftIsLeftOutOfTheSiteTheSitemapAndTheSearchIndex(@TempDir Path temp)
            throws IOException {
        Path source = site(temp);
        Files.writeString(source.resolve("handbook.yaml"), "base_url: https://example.org/\n");
        Fixtures.Run run = Fixtures.run("build", "--source", source.toString());
        assertEquals(0, run.exitCode(), run.err());
        Path out = source.resolve("site");
        assertFalse(Files.exists(out.resolve("upcoming.html")));
        assertFalse(Files.readString(out.resolve("sitemap.xml")).contains("upcoming"));
        try (var index = Files.list(out.resolve("assets/search"))) {
            for (Path file : index.toList()) {
                assertFalse(
                        Files.readString(file).toLowerCase(Locale.ROOT).contains("upcoming"),
                        file.toString());
            }
        }
        assertFalse(Files.readString(out.resolve("index.html")).contains("Upcoming"));
        OutputInvariant.assertSafe(out);
    }

    @Test
    void aLinkToADraftIsBrokenInAPublishedSite(@TempDir Path temp) throws IOException {
        Path source = site(temp);
        Files.writeString(
                source.resolve("content/guides/moved.md"),
                "---\ntitle: Moved page\n---\n\nSee [soon](../upcoming.md).\n");
        Fixtures.Run run = Fixtures.run("check", "--source", source.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("content/guides/moved.md:5:"), run.err());
        assertTrue(run.err().contains("[broken-link]"), run.err());
    }

    @Test
    void theDevServerBuildsDraftsWithABanner(@TempDir Path temp) throws IOException {
        Path source = site(temp);
        BuildRequest request =
                BuildRequest.check(source, Clock.systemUTC())
                        .withPageSettings(PageSettings.defaults().withDrafts(true));
        Pipeline.Outcome outcome = new Pipeline(request).run(Set.of());
        Map<String, byte[]> files = outcome.files().orElseThrow().all();
        Document page = Jsoup.parse(new String(files.get("upcoming.html"), StandardCharsets.UTF_8));
        assertEquals(
                "Draft: this page is left out of the published site.",
                page.selectFirst("p.draft-banner").text());
        Document published =
                Jsoup.parse(new String(files.get("index.html"), StandardCharsets.UTF_8));
        assertTrue(published.select("p.draft-banner").isEmpty());
    }

    @Test
    void anAliasIsARedirectPageWithACanonicalLink(@TempDir Path temp) throws IOException {
        Path source = site(temp);
        Files.writeString(source.resolve("handbook.yaml"), "base_url: https://example.org/hb/\n");
        Fixtures.Run run = Fixtures.run("build", "--source", source.toString());
        assertEquals(0, run.exitCode(), run.err());
        Path out = source.resolve("site");
        Document top = Jsoup.parse(out.resolve("old-page.html").toFile());
        assertEquals(
                "https://example.org/hb/guides/moved.html",
                top.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals(
                "0; url=guides/moved.html",
                top.selectFirst("meta[http-equiv=refresh]").attr("content"));
        assertEquals("guides/moved.html", top.selectFirst("body a").attr("href"));
        Document nested = Jsoup.parse(out.resolve("guides/older.html").toFile());
        assertEquals("../guides/moved.html", nested.selectFirst("body a").attr("href"));
        OutputInvariant.assertSafe(out);
    }

    @Test
    void anAliasThatNamesAPageIsAnError(@TempDir Path temp) throws IOException {
        Path source = site(temp);
        Files.writeString(
                source.resolve("content/guides/moved.md"),
                "---\ntitle: Moved page\naliases: [index, Bad Name]\n---\n\nHere now.\n");
        Fixtures.Run run = Fixtures.run("check", "--source", source.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(
                run.err()
                        .contains(
                                "content/guides/moved.md:3:10: error: alias 'Bad Name' must be a"
                                        + " path of the site like old-page or guides/old-name.html"
                                        + " (a-z, 0-9, _ and -) [front-matter]"),
                run.err());
        assertTrue(
                run.err()
                        .contains(
                                "content/guides/moved.md: error: alias 'index.html' names a page or"
                                        + " file the site already has: remove the alias"
                                        + " [front-matter]"),
                run.err());
    }
}
