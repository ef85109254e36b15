package com.sparkfabrik.handbook.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sparkfabrik.handbook.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Admonitions and heading anchors as a writer uses them, through a real build. */
class WritingConveniencesTest {

    private static Path siteWith(Path temp, String name, String page) throws IOException {
        Path source = Fixtures.copy(Fixtures.ROOT.resolve("minimal"), temp.resolve("src"));
        Files.writeString(source.resolve("content/" + name + ".md"), page);
        return source;
    }

    private static Document build(Path source, String page) throws IOException {
        Fixtures.Run run = Fixtures.run("build", "--source", source.toString());
        assertEquals(0, run.exitCode(), run.err());
        return Jsoup.parse(source.resolve("site/" + page + ".html").toFile());
    }

    @Test
    void admonitionsRenderAsStyledAsidesWithTheirTitles(@TempDir Path temp) throws IOException {
        Path source =
                siteWith(
                        temp,
                        "notes",
                        """
                        ---
                        title: Notes
                        ---

                        !!! warning "Mind <the> gap"
                            The window is {{ value('limits.weekly-window') }}.

                        !!! note
                            Plain *note*.

                        ???+ tip "Folded open"
                            A tip.

                        !!! danger
                            Careful.
                        """);
        Document page = build(source, "notes");
        Element warning = page.selectFirst("aside.admonition.admonition-warning");
        assertEquals("note", warning.attr("role"));
        assertEquals("Mind <the> gap", warning.selectFirst("p.admonition-title").text());
        assertEquals("The window is 7 days.", warning.select("p").get(1).text());
        assertEquals("Note", page.selectFirst("aside.admonition-note .admonition-title").text());
        Element tip = page.selectFirst("details.admonition.admonition-tip");
        assertTrue(tip.hasAttr("open"));
        assertEquals("Folded open", tip.selectFirst("summary.admonition-title").text());
        assertEquals(
                "Danger", page.selectFirst("aside.admonition-danger .admonition-title").text());
        assertTrue(page.select("svg, use").isEmpty(), "no icons from the extension");
    }

    @Test
    void anUnknownAdmonitionKindIsALocatedError(@TempDir Path temp) throws IOException {
        Path source =
                siteWith(
                        temp,
                        "notes",
                        "---\ntitle: Notes\n---\n\nText.\n\n!!! warnign\n    Body.\n");
        Fixtures.Run run = Fixtures.run("check", "--source", source.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(
                run.err()
                        .startsWith(
                                "content/notes.md:7:5: error: unknown admonition 'warnign': use"
                                        + " note, tip, warning, danger (did you mean 'warning'?)"
                                        + " [markdown]\n"),
                run.err());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Perché è così | perché-è-così",
                "Hello, World! v1.2 | hello-world-v12",
                "snake_case and-dash | snake_case-and-dash",
                "Ünïcödé Ω | ünïcödé-ω",
                "日本語の見出し | 日本語の見出し",
                "🚀 Launch | -launch",
                "'' | section"
            })
    void headingAnchorsAreGithubCompatible(String heading, String anchor) {
        assertEquals(anchor, Slugs.slug(heading.equals("''") ? "" : heading));
    }

    @Test
    void anAccentedHeadingKeepsItsLettersAndLinksToItResolve(@TempDir Path temp)
            throws IOException {
        Path source =
                siteWith(
                        temp,
                        "perche",
                        """
                        ---
                        title: Perché
                        ---

                        ## Perché è così

                        See [above](#perché-è-così) and [encoded](#perch%C3%A9-%C3%A8-cos%C3%AC).
                        """);
        Document page = build(source, "perche");
        assertEquals("Perché è così", page.getElementById("perché-è-così").ownText());
    }
}
