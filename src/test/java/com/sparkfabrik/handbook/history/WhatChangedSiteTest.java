package com.sparkfabrik.handbook.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sparkfabrik.handbook.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site built from a git repository: the What changed page, each fact section's last change, the
 * feed's last_changed, and the same bytes whatever the time zone.
 */
class WhatChangedSiteTest {

    static final String BASE = "https://handbook.example.org/policy/";

    /** Three commits: the first version, a value change, then an added fact. */
    static GitRepo threeCommits(Path root) throws Exception {
        GitRepo repo = GitRepo.withMinimalHandbook(root);
        repo.commit("value: \"7d\"", "value: \"14d\"", "policy: longer window");
        repo.edit(
                "facts:\n",
                "facts:\n  limits.session:\n    level: info\n    type: text\n"
                        + "    value: five hours\n    statement: A session lasts {value}.\n"
                        + "    page: index\n    anchor: tldr\n");
        repo.commitAll("policy: session length");
        return repo;
    }

    static Fixtures.Run build(Path source, Path out, String... more) {
        List<String> args =
                new ArrayList<>(
                        List.of("build", "--source", source.toString(), "--out", out.toString()));
        args.addAll(List.of(more));
        return Fixtures.run(args.toArray(String[]::new));
    }

    @Test
    void theWhatChangedPageListsCommitsNewestFirstAndLinksToEachFactsSection(@TempDir Path temp)
            throws Exception {
        try (GitRepo repo = threeCommits(temp.resolve("handbook"))) {
            Path out = temp.resolve("site");
            Fixtures.Run run = build(repo.root(), out, "--base-url", BASE);
            assertEquals(0, run.exitCode(), run.err());

            Document page = Jsoup.parse(out.resolve("changes.html").toFile());
            assertEquals(
                    List.of("2026-03-03", "2026-03-02", "2026-03-01"),
                    page.select("section.change h2").stream()
                            .map(h -> h.text().substring(0, 10))
                            .toList());
            assertEquals(
                    "added limits.session: five hours A session lasts five hours.",
                    page.select("section.change").get(0).select("li").text());
            assertEquals(
                    "changed limits.weekly-window: 7d → 14d Usage is limited over a rolling 14"
                            + " days window.",
                    page.select("section.change").get(1).select("li").text());
            assertEquals(
                    "index.html#limits",
                    page.select("section.change").get(1).select("li a").attr("href"));
            assertEquals(
                    "The first version of the policy, with 2 facts.",
                    page.select("section.change").get(2).select("p").text());

            Document index = Jsoup.parse(out.resolve("index.html").toFile());
            String pageLine = index.select("p.page-changed").text();
            String weekly = page.select("section.change").get(1).select("h2").attr("id");
            String session = page.select("section.change").get(0).select("h2").attr("id");
            assertTrue(pageLine.startsWith("Last changed on 2026-03-03 (revision "), pageLine);
            assertEquals("changes.html#" + session, index.select("p.page-changed a").attr("href"));
            assertEquals(
                    "changes.xml",
                    index.select("link[rel=alternate][type=application/atom+xml]").attr("href"));

            String feed = Files.readString(out.resolve("policy.json"));
            assertTrue(
                    feed.contains(
                            "\"last_changed\": {\n        \"date\": \"2026-03-02\",\n"
                                    + "        \"revision\": \""
                                    + weekly.substring("change-".length())
                                    + "\"\n      }"),
                    feed);
        }
    }

    @Test
    void withoutABaseUrlThereIsNoAtomFeedAndAWarningSaysWhy(@TempDir Path temp) throws Exception {
        try (GitRepo repo = threeCommits(temp.resolve("handbook"))) {
            Path out = temp.resolve("site");
            Fixtures.Run run = build(repo.root(), out);
            assertEquals(0, run.exitCode(), run.err());
            assertEquals(
                    "policy.yaml: warning: no Atom feed of policy changes: its links must be"
                            + " absolute, so it needs the site's base URL (--base-url URL)"
                            + " [history]\npolicy.yaml:16:3: warning: fact 'limits.session' is not"
                            + " used by any page [unused-fact]\n0 errors, 2 warnings\n",
                    run.err());
            assertFalse(Files.exists(out.resolve("changes.xml")));
            assertTrue(Files.exists(out.resolve("changes.html")));
            assertFalse(Files.readString(out.resolve("index.html")).contains("atom+xml"));
        }
    }

    @Test
    void theSiteIsByteIdenticalAcrossRunsAndTimeZones(@TempDir Path temp) throws Exception {
        TimeZone before = TimeZone.getDefault();
        try (GitRepo repo = threeCommits(temp.resolve("handbook"))) {
            Map<String, String> first;
            Map<String, String> second;
            try {
                TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
                assertEquals(
                        0, build(repo.root(), temp.resolve("a"), "--base-url", BASE).exitCode());
                TimeZone.setDefault(TimeZone.getTimeZone("America/Adak"));
                assertEquals(
                        0, build(repo.root(), temp.resolve("b"), "--base-url", BASE).exitCode());
            } finally {
                TimeZone.setDefault(before);
            }
            first = files(temp.resolve("a"));
            second = files(temp.resolve("b"));
            assertTrue(first.containsKey("changes.xml"));
            assertEquals(first, second);
        }
    }

    static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readString(file));
            }
        }
        return files;
    }
}
