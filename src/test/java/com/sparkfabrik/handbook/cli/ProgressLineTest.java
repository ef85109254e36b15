package com.sparkfabrik.handbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sparkfabrik.handbook.Fixtures;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

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
    void verboseAddsTheTiming() {
        Fixtures.Run run =
                Fixtures.run(
                        "check",
                        "--verbose",
                        "--source",
                        Fixtures.ROOT.resolve("minimal").toString());
        assertTrue(
                run.err()
                        .matches(
                                "1 pages rendered and checked in \\d+ ms\n"
                                        + Pattern.quote(Fixtures.NO_HISTORY)
                                        + "0 errors, 1 warning\n"),
                run.err());
    }
}
