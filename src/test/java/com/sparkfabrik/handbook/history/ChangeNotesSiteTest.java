package com.sparkfabrik.handbook.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sparkfabrik.handbook.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page says once when its facts last changed, at its foot; a section says so too only when its
 * facts changed after the rest of the page's, in the page's latest revision.
 */
class ChangeNotesSiteTest {

    @Test
    void sectionsChangedInTheSameRevisionShareOnePageLineAndCarryNoNote(@TempDir Path temp)
            throws Exception {
        try (GitRepo repo = GitRepo.withMinimalHandbook(temp.resolve("handbook"))) {
            // one commit changes the facts of both of the home page's fact sections
            repo.edit("value: \"7d\"", "value: \"14d\"")
                    .edit(
                            "facts:\n",
                            "facts:\n  limits.session:\n    level: info\n    type: text\n"
                                    + "    value: five hours\n    statement: A session lasts"
                                    + " {value}.\n    page: index\n    anchor: tldr\n");
            String revision =
                    repo.commitAll("policy: longer window, session length").abbreviate(7).name();
            Document index = built(repo, temp);

            assertEquals(List.of(), index.select("p.fact-changed").eachText());
            assertEquals(
                    List.of("Last changed on 2026-03-02 (revision " + revision + ")."),
                    index.select("p.page-changed").eachText());
            assertEquals(
                    "changes.html#change-" + revision,
                    index.select("p.page-changed a").attr("href"));
        }
    }

    @Test
    void onlyASectionChangedAfterTheRestOfThePageCarriesANote(@TempDir Path temp) throws Exception {
        try (GitRepo repo = WhatChangedSiteTest.threeCommits(temp.resolve("handbook"))) {
            Document index = built(repo, temp);
            Element note = index.selectFirst("p.fact-changed");
            assertEquals(1, index.select("p.fact-changed").size(), index.select("main").html());
            assertEquals("tldr", note.previousElementSibling().id());
            assertEquals("Changed in this page's latest revision.", note.text());
            assertEquals(
                    index.select("p.page-changed a").attr("href"), note.select("a").attr("href"));
            assertEquals(1, index.select("p.page-changed").size());
            assertEquals(
                    "Last changed on 2026-03-03",
                    index.select("p.page-changed").text().substring(0, 26));
        }
    }

    private static Document built(GitRepo repo, Path temp) {
        Path out = temp.resolve("site");
        Fixtures.Run run = WhatChangedSiteTest.build(repo.root(), out);
        assertEquals(0, run.exitCode(), run.err());
        return Jsoup.parse(Fixtures.read(out.resolve("index.html")));
    }
}
