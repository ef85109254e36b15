package com.sparkfabrik.handbook.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sparkfabrik.handbook.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile inputs through the real command line, {@code check} and {@code build}: each is refused
 * with located diagnostics (or, where it is legitimate, built), in bounded time, with no stack
 * trace, and a failed build leaves the previous site byte for byte as it was.
 *
 * <p>Small inputs live in {@code src/test/resources/hostile/<case>/}, laid over the minimal site,
 * with the exact diagnostics in {@code expected.txt} ({@code -Dgolden.update=true} rewrites them).
 * Inputs too large to keep are generated, one class of input per test: {@link OversizedPolicyTest},
 * {@link NestedPolicyTest}, {@link PolicyBytesTest}, {@link LargeContentTest}, {@link
 * NestedMarkdownTest}, {@link NestedTemplateTest}; {@link HostileRuns} runs each.
 */
class HostileInputTest {

    static final Path HOSTILE = Path.of("src/test/resources/hostile");

    static Stream<String> corpus() throws IOException {
        try (Stream<Path> dirs = Files.list(HOSTILE)) {
            return dirs
                    .filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void corpusInputIsRefusedWithItsExactDiagnostics(String name, @TempDir Path temp)
            throws IOException {
        Path caseDir = HOSTILE.resolve(name);
        Fixtures.Run run =
                HostileRuns.runHostile(
                        temp,
                        site -> {
                            Fixtures.copy(caseDir, site);
                            Files.delete(site.resolve("expected.txt"));
                        },
                        1);
        Path expected = caseDir.resolve("expected.txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expected, run.err());
        }
        assertEquals(Fixtures.read(expected), run.err(), "diagnostics of " + name);
    }
}
