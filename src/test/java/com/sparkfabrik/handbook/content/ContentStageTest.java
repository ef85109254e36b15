package com.sparkfabrik.handbook.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sparkfabrik.handbook.diag.Diagnostic;
import com.sparkfabrik.handbook.diag.Diagnostics;
import com.sparkfabrik.handbook.policy.Policy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The content stage over pages of a few lines: what a heading, a link or a fact reference becomes,
 * and where a mistake is reported, without building a site.
 */
class ContentStageTest {

    private static final Policy POLICY = ContentFixtures.fullPolicy();

    private final Diagnostics diagnostics = new Diagnostics();

    private RenderedPage render(String id, String body) {
        PageSource page = new PageSource(id, "content/" + id + ".md", "Test", 0, "", body);
        return new MarkdownRenderer()
                .render(page, new FactExpander(POLICY).expand(page, diagnostics), diagnostics);
    }

    private List<String> messages() {
        return diagnostics.all().stream().map(Diagnostic::format).toList();
    }

    @Test
    void headingsGetIdsFromTheirTextAndTheLineTheyAreWrittenOn() {
        RenderedPage page =
                render("a", "# Quota\n\nText.\n\n## Session window\n\n## Session window\n");

        assertEquals(
                List.of(
                        new RenderedPage.Heading(1, "Quota", "quota", 1),
                        new RenderedPage.Heading(2, "Session window", "session-window", 5),
                        new RenderedPage.Heading(2, "Session window", "session-window-1", 7)),
                page.headings());
        assertEquals(List.of(), messages());
    }

    @Test
    void aLinkToAPageIsPublishedAsItsHtmlFileAndKeepsItsPosition() {
        RenderedPage page = render("guides/a", "Intro.\n\nSee [the quota](../quota.md#window).\n");

        RenderedPage.Link link = page.links().get(0);
        assertEquals("../quota.md#window", link.raw());
        assertEquals("../quota.html#window", link.href());
        assertEquals("content/guides/a.md:3:17", link.position().toString());
        assertTrue(page.html().contains("href=\"../quota.html#window\""), page.html());
    }

    @Test
    void aFactValueIsShownAsTextMarkedWithItsFactAndCountedAsAUse() {
        RenderedPage page = render("a", "A window lasts {{ value('quota.window') }}.\n");

        assertTrue(page.html().contains("data-fact=\"quota.window\">5 hours</span>"), page.html());
        assertEquals(
                List.of("quota.window"),
                page.uses().stream().map(Expansion.FactUse::id).distinct().toList());
        assertEquals(List.of(), messages());
    }

    @Test
    void anUnknownFactIsReportedAtItsLineAndColumnWithTheNearestId() {
        render("a", "Intro.\n\nA window lasts {{ value('quota.windw') }}.\n");

        assertEquals(
                List.of(
                        "content/a.md:3:25: error: unknown fact 'quota.windw' (did you mean"
                                + " 'quota.window'?) [fact-ref]"),
                messages());
    }

    @Test
    void aReservedCharacterIsReportedAtItsColumnCountedInCharactersAsWritten(@TempDir Path source)
            throws IOException {
        Files.createDirectories(source.resolve("content"));
        // the emoji is two UTF-16 units but one character on the author's screen
        Files.writeString(
                source.resolve("content/a.md"),
                "---\ntitle: A\n---\n\n\uD83D\uDE00 x" + Expansion.OPEN + "\n");

        Optional<PageSource> page = new ContentReader().readPage(source, "a.md", diagnostics);

        assertTrue(page.isEmpty());
        assertEquals(
                List.of(
                        String.format(
                                "content/a.md:5:4: error: character U+%04X is reserved for the"
                                        + " build's own use: remove it [content]",
                                (int) Expansion.OPEN)),
                messages());
    }
}
