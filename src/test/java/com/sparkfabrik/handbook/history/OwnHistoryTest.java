package com.sparkfabrik.handbook.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sparkfabrik.handbook.Fixtures;
import com.sparkfabrik.handbook.diag.Diagnostics;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * This repository's own handbook has a What changed page made from its real git history: one
 * section per commit that changed policy.yaml, newest first, with the commit's date and short id.
 * Skipped, with the reason, where the checkout has no history (a shallow clone, a source archive).
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
    }
}
