package com.sparkfabrik.handbook.cli;

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
 * Every {@code fixtures/invalid/<case>/} is the minimal site with the case's files laid over it;
 * {@code check} must exit 1 and print exactly {@code expected.txt}. Run with {@code
 * -Dgolden.update=true} to rewrite the expected files (then read the diff).
 */
class InvalidFixturesTest {

    static final Path INVALID = Fixtures.ROOT.resolve("invalid");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(INVALID)) {
            return dirs
                    .filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void invalidCaseIsReportedExactly(String name, @TempDir Path temp) throws IOException {
        Path site = Fixtures.copy(Fixtures.ROOT.resolve("minimal"), temp.resolve("site-src"));
        Path caseDir = INVALID.resolve(name);
        Fixtures.copy(caseDir, site);
        Files.deleteIfExists(site.resolve("expected.txt"));
        Fixtures.Run run = Fixtures.run("check", "--source", site.toString());
        Path expectedFile = caseDir.resolve("expected.txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expectedFile, run.err());
        }
        assertEquals(Fixtures.read(expectedFile), run.err(), "diagnostics of " + name);
        assertEquals(1, run.exitCode(), "exit code of " + name);
    }
}
