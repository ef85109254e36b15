package com.sparkfabrik.handbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sparkfabrik.handbook.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A bad command line is exit code 2, as the contract says, not an internal failure. */
class ExitCodesTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "build --bogus", "bogus", "check --format nonsense", "explain"})
    void aBadCommandLineExitsWithTwo(String line) {
        Fixtures.Run run = Fixtures.run(line.isEmpty() ? new String[0] : line.split(" "));
        assertEquals(Main.USAGE, run.exitCode(), run.err());
    }
}
