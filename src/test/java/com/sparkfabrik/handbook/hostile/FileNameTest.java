package com.sparkfabrik.handbook.hostile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sparkfabrik.handbook.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A file or folder name under content/ becomes an output file, a navigation link, a sitemap URL and
 * terminal text: names that cannot be all of these safely are located errors (exit 1), never a
 * crash, and names that can are built (the output invariant then parses the sitemap).
 */
class FileNameTest {

    private static final String PAGE = "---\ntitle: Named\n---\nText.\n";

    static Stream<Arguments> names() {
        return Stream.of(
                refused("a\u0001b.md", "content/a\\u0001b.md: error: the name holds U+0001"),
                refused("a\u001b[2Jb.md", "content/a\\u001B[2Jb.md: error: the name holds U+001B"),
                refused("a\nb.md", "content/a\\nb.md: error: the name holds U+000A"),
                refused("a\u007fb.md", "content/a\\u007Fb.md: error: the name holds U+007F"),
                refused("a\u0085b.md", "content/a\\u0085b.md: error: the name holds U+0085"),
                refused(
                        "\u202Edm.txt.md",
                        "content/\\u202Edm.txt.md: error: the name holds U+202E"),
                refused("a\u2066b.md", "content/a\\u2066b.md: error: the name holds U+2066"),
                refused(
                        "zero\u200Bwidth.md",
                        "content/zero\\u200Bwidth.md: error: the name holds U+200B"),
                refused("bom\uFEFF.md", "content/bom\\uFEFF.md: error: the name holds U+FEFF"),
                refused("dir\u001b/a.md", "content/dir\\u001B: error: the name holds U+001B"),
                refused("a\\b.md", "content/a/b.md: error: the name holds a backslash"),
                refused(
                        "x".repeat(249) + ".md",
                        "content/" + "x".repeat(249) + ".md: error: the name is 252 bytes long"),
                refused(
                        "é".repeat(100) + ".md",
                        "content/" + "é".repeat(100) + ".md: error: the name is 203 bytes long"),
                refused(
                        "d".repeat(201) + "/a.md",
                        "content/" + "d".repeat(201) + ": error: the name is 201 bytes long"),
                refused(
                        "a.html/b.md",
                        "content/a.md: error: its output a.html clashes with the output of content/a.html/b.md"),
                refused(
                        "a.html/x.png",
                        "content/a.md: error: its output a.html clashes with the output of content/a.html/x.png"),
                built("R&D <notes> \"draft\".md"),
                built("ünïcode ✓.md"),
                built("x".repeat(196) + ".md"));
    }

    private static Arguments refused(String name, String firstLine) {
        return Arguments.of(name, 1, firstLine);
    }

    private static Arguments built(String name) {
        return Arguments.of(name, 0, "");
    }

    @ParameterizedTest(name = "{index}: {1}")
    @MethodSource("names")
    void everyNameIsBuiltOrALocatedError(
            String name, int exitCode, String firstLine, @TempDir Path temp) {
        Fixtures.Run run =
                HostileRuns.runHostile(
                        temp,
                        site -> {
                            Path file = site.resolve("content").resolve(name);
                            Files.createDirectories(file.getParent());
                            Files.write(
                                    file,
                                    name.endsWith(".png")
                                            ? FactInAttributeTest.PNG
                                            : PAGE.getBytes(StandardCharsets.UTF_8));
                            if (name.startsWith("a.html/")) {
                                Files.writeString(site.resolve("content/a.md"), PAGE);
                            }
                        },
                        exitCode);
        if (exitCode == 1) {
            String first = run.err().lines().findFirst().orElse("");
            assertTrue(first.startsWith(firstLine), () -> run.err());
        }
    }
}
