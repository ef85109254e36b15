package com.sparkfabrik.handbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sparkfabrik.handbook.Fixtures;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The progress line shows on a terminal only; --verbose adds what was built and how long it took.
 */
class ProgressLineTest {

    @Test
    void theLineSaysPagesRenderedAndTimeElapsed() {
        assertEquals("rendered 120/10001 pages, 1.5 s", ProgressLine.format(120, 10001, 1499));
    }

    @Test
    void withoutATerminalNothingButDiagnosticsReachesStderr() {
        Fixtures.Run run =
                Fixtures.run("check", "--source", Fixtures.ROOT.resolve("minimal").toString());
        assertEquals(Fixtures.NO_HISTORY + "0 errors, 1 warning\n", run.err());
    }

    @Test
    void verboseAddsTheTimingStageByStage() {
        Fixtures.Run run =
                Fixtures.run(
                        "check",
                        "--verbose",
                        "--source",
                        Fixtures.ROOT.resolve("minimal").toString());
        assertTrue(
                run.err()
                        .matches(
                                "1 pages rendered and checked in \\d+ ms: read \\d+, policy \\d+,"
                                        + " render \\d+, check \\d+, layout \\d+, files \\d+,"
                                        + " links \\d+ ms\n"
                                        + Pattern.quote(Fixtures.NO_HISTORY)
                                        + "0 errors, 1 warning\n"),
                run.err());
    }

    @Test
    void aBuildAlsoTimesItsOutputFolderAndThePublishing(@TempDir Path temp) {
        Fixtures.Run run =
                Fixtures.run(
                        "build",
                        "--verbose",
                        "--source",
                        Fixtures.ROOT.resolve("minimal").toString(),
                        "--out",
                        temp.resolve("site").toString());
        // the first line, its figures aside
        String stages = run.err().lines().findFirst().orElseThrow().replaceAll("\\d+", "N");
        assertEquals(
                "N pages rendered and checked in N ms: output folder N, read N, policy N,"
                        + " render N, check N, layout N, files N, links N, publish N ms",
                stages);
    }
}
