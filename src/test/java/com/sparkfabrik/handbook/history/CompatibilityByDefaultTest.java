package com.sparkfabrik.handbook.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sparkfabrik.handbook.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * check and build compare the policy with its previous version in git, with no flag to remember,
 * and fail on a change that breaks feed consumers, at the fact's line.
 */
class CompatibilityByDefaultTest {

    private static final String EXTRA_FACT =
            "facts:\n  limits.extra:\n    level: info\n    type: text\n    value: some\n"
                    + "    statement: Extra is {value}.\n    page: index\n    anchor: limits\n";

    static final String NO_ATOM =
            "policy.yaml: warning: no Atom feed of policy changes: its links must be absolute, so"
                    + " it needs the site's base URL (--base-url URL) [history]\n";

    @Test
    void aRemovedFactIsABreakingError(@TempDir Path temp) throws Exception {
        try (GitRepo repo = GitRepo.withMinimalHandbook(temp.resolve("handbook"))) {
            repo.commit("facts:\n", EXTRA_FACT, "policy: extra fact");
            repo.commit(EXTRA_FACT, "facts:\n", "policy: extra fact gone");
            Fixtures.Run run = Fixtures.run("check", "--source", repo.root().toString());
            assertEquals(1, run.exitCode(), run.err());
            assertEquals(
                    "policy.yaml: error: fact 'limits.extra' was removed: removing or renaming a"
                            + " fact breaks feed consumers (publish a new major version instead)"
                            + " [feed-compat]\n"
                            + NO_ATOM
                            + "1 error, 1 warning\n",
                    run.err());
        }
    }

    @Test
    void aTypeChangeIsABreakingErrorAtTheFactsLine(@TempDir Path temp) throws Exception {
        try (GitRepo repo = GitRepo.withMinimalHandbook(temp.resolve("handbook"))) {
            repo.edit("type: duration", "type: text");
            Fixtures.Run run = Fixtures.run("check", "--source", repo.root().toString());
            assertEquals(1, run.exitCode(), run.err());
            assertEquals(
                    NO_ATOM
                            + "policy.yaml:18:11: error: fact 'limits.weekly-window' changed type from"
                            + " 'duration' to 'text': changing a fact's type breaks feed consumers"
                            + " (add a new fact instead) [feed-compat]\n"
                            + "1 error, 1 warning\n",
                    run.err());
        }
    }

    @Test
    void aValueChangeBuildsAndTheFeedListsIt(@TempDir Path temp) throws Exception {
        try (GitRepo repo = GitRepo.withMinimalHandbook(temp.resolve("handbook"))) {
            RevCommit first = repo.commit("value: \"7d\"", "value: \"14d\"", "policy: longer");
            repo.commit("value: \"14d\"", "value: \"21d\"", "policy: longest");
            Path out = temp.resolve("site");
            Fixtures.Run run =
                    Fixtures.run(
                            "build", "--source", repo.root().toString(), "--out", out.toString());
            assertEquals(0, run.exitCode(), run.err());
            assertEquals(NO_ATOM + "0 errors, 1 warning\n", run.err());
            String feed = Files.readString(out.resolve("policy.json"));
            assertTrue(feed.contains("\"changes\": {\n    \"previous\": \"sha256:"), feed);
            assertTrue(
                    feed.contains("\"changed\": [\n      \"limits.weekly-window\"\n    ]"), feed);

            Fixtures.Run since =
                    Fixtures.run(
                            "check",
                            "--source",
                            repo.root().toString(),
                            "--since",
                            first.name().substring(0, 7));
            assertEquals(0, since.exitCode(), since.err());
        }
    }

    @Test
    void aRenamedFactIsReportedWhereTheNewIdIsWritten(@TempDir Path temp) throws Exception {
        try (GitRepo repo = GitRepo.withMinimalHandbook(temp.resolve("handbook"))) {
            repo.commit("facts:\n", EXTRA_FACT, "policy: extra fact");
            repo.edit("limits.extra:", "limits.extras:");
            Fixtures.Run run = Fixtures.run("check", "--source", repo.root().toString());
            assertEquals(1, run.exitCode(), run.err());
            assertEquals(
                    NO_ATOM
                            + "policy.yaml:16:3: error: fact 'limits.extra' was removed (renamed to"
                            + " 'limits.extras'?): removing or renaming a fact breaks feed"
                            + " consumers (publish a new major version instead) [feed-compat]\n"
                            + "policy.yaml:16:3: warning: fact 'limits.extras' is not used by any"
                            + " page [unused-fact]\n1 error, 2 warnings\n",
                    run.err());
        }
    }
}
