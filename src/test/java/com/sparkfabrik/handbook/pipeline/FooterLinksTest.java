package com.sparkfabrik.handbook.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sparkfabrik.handbook.Fixtures;
import com.sparkfabrik.handbook.history.GitRepo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No footer links to the page it sits on: the TL;DR and What changed pages name themselves as plain
 * text marked as the current page, whether generated or written in the content.
 */
class FooterLinksTest {

    @Test
    void generatedPagesShowTheirOwnFooterEntryAsTheCurrentPage(@TempDir Path temp)
            throws Exception {
        try (GitRepo repo = GitRepo.withMinimalHandbook(temp.resolve("handbook"))) {
            Path out = build(repo.root(), temp);
            assertEquals(List.of(), selfLinks(out));
            assertEquals("TL;DR", current(out, "tldr.html"));
            assertEquals("What changed", current(out, "changes.html"));
            assertEquals("", current(out, "index.html"));
        }
    }

    @Test
    void aTldrPageOfTheContentShowsItsFooterEntryAsTheCurrentPage(@TempDir Path temp)
            throws IOException {
        Path source = Fixtures.copy(Fixtures.ROOT.resolve("minimal"), temp.resolve("src"));
        Files.writeString(
                source.resolve("content/tldr.md"), "---\ntitle: In short\n---\n\n{{ tldr() }}\n");
        Path out = build(source, temp);
        assertEquals(List.of(), selfLinks(out));
        assertEquals("TL;DR", current(out, "tldr.html"));
    }

    private static Path build(Path source, Path temp) {
        Path out = temp.resolve("site");
        Fixtures.Run run =
                Fixtures.run("build", "--source", source.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        return out;
    }

    /** The text of the footer's entry for the page itself, empty when it has none. */
    private static String current(Path site, String page) {
        Document doc = Jsoup.parse(Fixtures.read(site.resolve(page)));
        return doc.select("footer [aria-current=page]").text();
    }

    /** Footer links, on every page, that lead to the page they are on. */
    private static List<String> selfLinks(Path site) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(site)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String name = file.getFileName().toString();
                for (Element a : Jsoup.parse(Fixtures.read(file)).select("footer a[href]")) {
                    if (a.attr("href").equals(name) || a.attr("href").startsWith(name + "#")) {
                        found.add(name + " links to " + a.attr("href"));
                    }
                }
            }
        }
        return found;
    }
}
