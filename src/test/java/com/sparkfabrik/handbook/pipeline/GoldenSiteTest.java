package com.sparkfabrik.handbook.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sparkfabrik.handbook.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code minimal} and {@code full} fixture sites build to exactly the files under {@code
 * golden/<name>/}. Run with {@code -Dgolden.update=true} to rewrite them, then read the diff.
 */
class GoldenSiteTest {

    static final Path GOLDEN = Path.of("src/test/resources/golden");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"minimal", "full"})
    void fixtureSiteBuildsToItsGoldenFiles(String name, @TempDir Path temp) throws IOException {
        Path out = temp.resolve("site");
        Fixtures.Run run =
                Fixtures.run(
                        "build",
                        "--source",
                        Fixtures.ROOT.resolve(name).toString(),
                        "--out",
                        out.toString());
        assertEquals(0, run.exitCode(), run.err());
        Map<String, String> built = files(out);
        Path golden = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            if (Files.exists(golden)) {
                try (Stream<Path> old = Files.walk(golden)) {
                    old.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            Fixtures.copy(out, golden);
        }
        Map<String, String> expected = files(golden);
        assertEquals(expected.keySet(), built.keySet(), "the files of " + name);
        for (String file : expected.keySet()) {
            assertEquals(expected.get(file), built.get(file), name + "/" + file);
        }
    }

    static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(
                        root.relativize(file).toString().replace('\\', '/'),
                        Files.readString(file));
            }
        }
        return files;
    }
}
