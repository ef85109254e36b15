package com.sparkfabrik.handbook.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sparkfabrik.handbook.Fixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The feed's harnesses are part of its promise: within v1 a harness removed, or its id renamed,
 * fails check against the policy's previous version in git, at the policy.yaml line the author
 * edits; a status change is an ordinary change.
 */
class HarnessCompatibilityTest {

    private static final String LAST_FACT_END = "    contacts: [owners]\n    tldr: true\n";

    private static final String TOOL_B =
            "  tool-b:\n    name: Tool B\n    status: not-authorized\n"
                    + "    facts: [limits.usage-command]\n";

    /** Lines 33 to 42 of policy.yaml: {@code harnesses:} is on line 34, tool-b's id on line 39. */
    private static final String HARNESSES =
            "\nharnesses:\n  tool-a:\n    name: Tool A\n    status: authorized\n"
                    + "    facts: [limits.weekly-window]\n"
                    + TOOL_B;

    private static final String NO_ATOM = CompatibilityByDefaultTest.NO_ATOM;

    private static final String BREAKS =
            ": removing or renaming a harness breaks feed consumers (publish a new major version"
                    + " instead) [feed-compat]\n";

    @Test
    void aRemovedHarnessIsABreakingErrorAtTheHarnessesKey(@TempDir Path temp) throws Exception {
        assertCheckAfterEdit(
                temp,
                TOOL_B,
                "",
                1,
                NO_ATOM
                        + "policy.yaml:34:1: error: harness 'tool-b' was removed"
                        + BREAKS
                        + "1 error, 1 warning\n");
    }

    @Test
    void aRenamedHarnessIsReportedWhereTheNewIdIsWritten(@TempDir Path temp) throws Exception {
        assertCheckAfterEdit(
                temp,
                "  tool-b:",
                "  tool-c:",
                1,
                NO_ATOM
                        + "policy.yaml:39:3: error: harness 'tool-b' was removed (renamed to"
                        + " 'tool-c'?)"
                        + BREAKS
                        + "1 error, 1 warning\n");
    }

    @Test
    void harnessesRemovedWithTheirSectionAreReportedAtTheFile(@TempDir Path temp) throws Exception {
        assertCheckAfterEdit(
                temp,
                HARNESSES,
                "",
                1,
                "policy.yaml: error: harness 'tool-a' was removed"
                        + BREAKS
                        + "policy.yaml: error: harness 'tool-b' was removed"
                        + BREAKS
                        + NO_ATOM
                        + "2 errors, 1 warning\n");
    }

    @Test
    void aStatusChangeBreaksNothing(@TempDir Path temp) throws Exception {
        assertCheckAfterEdit(
                temp,
                "status: authorized",
                "status: not-authorized",
                0,
                NO_ATOM + "0 errors, 1 warning\n");
    }

    /**
     * Commits the minimal handbook, then two harnesses; edits policy.yaml ({@code from} becomes
     * {@code to}, uncommitted) and runs check.
     */
    private static void assertCheckAfterEdit(
            Path temp, String from, String to, int exitCode, String err) throws Exception {
        try (GitRepo repo = GitRepo.withMinimalHandbook(temp.resolve("handbook"))) {
            repo.commit(LAST_FACT_END, LAST_FACT_END + HARNESSES, "policy: harnesses as data");
            repo.edit(from, to);
            Fixtures.Run run = Fixtures.run("check", "--source", repo.root().toString());
            assertEquals(exitCode, run.exitCode(), run.err());
            assertEquals(err, run.err());
        }
    }
}
