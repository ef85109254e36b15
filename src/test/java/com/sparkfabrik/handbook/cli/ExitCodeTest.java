package com.sparkfabrik.handbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sparkfabrik.handbook.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The contract's exit codes and output streams, through the real command line. */
class ExitCodeTest {

    static final String MINIMAL = Fixtures.ROOT.resolve("minimal").toString();

    @Test
    void aCleanSiteChecksWithExitZeroAndTheSummaryOnStderr() {
        Fixtures.Run run = Fixtures.run("check", "--source", MINIMAL);
        assertEquals(0, run.exitCode());
        assertEquals(Fixtures.NO_HISTORY + "0 errors, 1 warning\n", run.err());
        assertEquals("", run.out());
    }

    /** The minimal site with the undefined-fact case laid over it. */
    static String brokenSite(Path temp) {
        Path site = Fixtures.copy(Fixtures.ROOT.resolve("minimal"), temp.resolve("broken"));
        Fixtures.copy(
                Fixtures.ROOT.resolve("invalid/undefined-fact/content"), site.resolve("content"));
        return site.toString();
    }

    @Test
    void inputErrorsExitOne(@TempDir Path temp) {
        Fixtures.Run run = Fixtures.run("check", "--source", brokenSite(temp));
        assertEquals(1, run.exitCode());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "build --bogus",
                "bogus",
                "check --format nonsense",
                "explain",
                "links",
                "check --no-such-option"
            })
    void aBadCommandLineExitsTwo(String line) {
        Fixtures.Run run = Fixtures.run(line.isEmpty() ? new String[0] : line.split(" "));
        assertEquals(ExitCode.USAGE, run.exitCode(), run.err());
    }

    @Test
    void anInternalFailureExitsThreeWithOneLineAndNoStackTrace(@TempDir Path temp)
            throws IOException {
        Path blocker = temp.resolve("not-a-folder");
        Files.writeString(blocker, "a file where the output folder's parent should be");
        Fixtures.Run run =
                Fixtures.run(
                        "build", "--source", MINIMAL, "--out", blocker.resolve("site").toString());
        assertEquals(3, run.exitCode(), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("internal error: "), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    @Test
    void debugPrintsTheStackTraceOfAnInternalFailure(@TempDir Path temp) throws IOException {
        Path blocker = temp.resolve("not-a-folder");
        Files.writeString(blocker, "x");
        Fixtures.Run run =
                Fixtures.run(
                        "build",
                        "--debug",
                        "--source",
                        MINIMAL,
                        "--out",
                        blocker.resolve("site").toString());
        assertEquals(3, run.exitCode());
        assertTrue(run.err().contains("\tat "), run.err());
    }

    @Test
    void githubActionsGetsWorkflowAnnotationsToo(@TempDir Path temp) {
        Fixtures.Run run =
                Fixtures.run(
                        Map.of("GITHUB_ACTIONS", "true"), "check", "--source", brokenSite(temp));
        assertTrue(
                run.err()
                        .contains(
                                "::error file=content/index.md,line=11,col=27,title=fact-ref::unknown fact 'limits.weekly-windw'"),
                run.err());
    }

    @Test
    void jsonFormatPrintsOneDocument(@TempDir Path temp) {
        Fixtures.Run run = Fixtures.run("check", "--format", "json", "--source", brokenSite(temp));
        assertTrue(
                run.err()
                        .startsWith(
                                "{\"diagnostics\":[{\"file\":\"content/index.md\",\"line\":11,\"column\":27,"),
                run.err());
        assertTrue(run.err().strip().endsWith("\"errors\":1,\"warnings\":1}"), run.err());
    }

    @Test
    void aRuleLoweredToAWarningNoLongerFailsTheRun(@TempDir Path temp) {
        Path site = Fixtures.copy(Fixtures.ROOT.resolve("minimal"), temp.resolve("drift"));
        Fixtures.copy(Fixtures.ROOT.resolve("invalid/drift/content"), site.resolve("content"));
        Fixtures.Run strict = Fixtures.run("check", "--source", site.toString());
        Fixtures.Run lowered =
                Fixtures.run("check", "--severity", "drift=warning", "--source", site.toString());
        assertEquals(1, strict.exitCode());
        assertEquals(0, lowered.exitCode(), lowered.err());
        assertEquals(
                strict.err()
                        .replace(": error: ", ": warning: ")
                        .replace("2 errors, 1 warning", "0 errors, 3 warnings"),
                lowered.err());
    }

    @Test
    void anUnknownRuleIsAUsageError() {
        Fixtures.Run run = Fixtures.run("check", "--severity", "drfit=off", "--source", MINIMAL);
        assertEquals(2, run.exitCode());
        assertEquals(
                "error: unknown rule 'drfit' (did you mean 'drift'?)\n"
                        + "Run 'handbook check --help' for the options.\n",
                run.err());
    }
}
