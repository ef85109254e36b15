package com.sparkfabrik.handbook.hostile;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The test of a class of generated hostile inputs, each given by its {@code generated()} as name,
 * input, exit code and the start of the first diagnostic: through {@code check} and {@code build}
 * with the guarantees of {@link HostileRuns#runHostile}, and the first diagnostic is the one
 * expected.
 */
abstract class GeneratedInputCases {

    @ParameterizedTest(name = "{0}")
    @MethodSource("generated")
    void generatedInputIsHandledCleanly(
            String name,
            HostileRuns.Input input,
            int exitCode,
            String firstLine,
            @TempDir Path temp) {
        HostileRuns.assertHandled(name, input, exitCode, firstLine, temp);
    }
}
