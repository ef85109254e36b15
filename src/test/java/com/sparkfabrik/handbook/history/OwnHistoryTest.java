package com.sparkfabrik.handbook.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sparkfabrik.handbook.Fixtures;
import com.sparkfabrik.handbook.diag.Diagnostics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * This repository's own handbook has a What changed page made from its real git history: one
 * section per commit that changed policy.yaml, newest first, with the commit's date and short id;
 * each page says once when its facts last changed. Skipped, with the reason, where the checkout has
 * no history (a shallow clone, a source archive).
 */
class OwnHistoryTest {

    @Test
    void theWhatChangedPageListsEveryCommitThatChangedThePolicy(@TempDir Path temp) {
        History history =
                new PolicyHistory()
                        .read(Fixtures.REPOSITORY, HistoryOptions.defaults(), new Diagnostics());
        Assumptions.assumeTrue(
                history.unavailable().isEmpty(),
                () -> "no git history here (" + history.unavailable().get() + "): NOT checked");
        assertTrue(!history.commits().isEmpty(), "policy.yaml has commits");

        Path out = temp.resolve("site");
        Fixtures.Run run = WhatChangedSiteTest.build(Fixtures.REPOSITORY, out);
        assertEquals(0, run.exitCode(), run.err());
        Document page = Jsoup.parse(Fixtures.read(out.resolve("changes.html")));
        List<String> shown =
                page.select("section.change h2").stream().map(h -> h.attr("id")).toList();
        assertEquals(history.commits().stream().map(c -> "change-" + c.shortId()).toList(), shown);
        assertTrue(
                page.select("section.change h2")
                        .get(0)
                        .text()
                        .startsWith(history.commits().get(0).date().toString()),
                page.select("section.change h2").get(0).text());
        assertEquals(List.of(), repeatedChangeDates(out));
    }

    /**
     * Pages that say more than once when their facts last changed, or whose section notes point at
     * another revision than the page's latest.
     */
    private static List<String> repeatedChangeDates(Path site) {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(site)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Document page = Jsoup.parse(Fixtures.read(file));
                int dates = page.getElementsContainingOwnText("Last changed on").size();
                String latest = page.select("p.page-changed a").attr("href");
                long elsewhere =
                        page.select("p.fact-changed a").stream()
                                .filter(a -> !a.attr("href").equals(latest))
                                .count();
                if (dates > 1 || elsewhere > 0) {
                    problems.add(file.getFileName() + ": " + dates + " dates, " + elsewhere);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }
}
