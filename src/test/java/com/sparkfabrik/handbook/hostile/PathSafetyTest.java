package com.sparkfabrik.handbook.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sparkfabrik.handbook.Fixtures;
import com.sparkfabrik.handbook.Runs;
import com.sparkfabrik.handbook.SiteManifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Nothing outside the source folder is read or copied, and nothing outside the output folder is
 * replaced. Links that climb out are covered by the {@code hostile/link-paths} corpus.
 */
class PathSafetyTest {

    private static final String SECRET = "top secret: not for the site";

    @Test
    void symbolicLinksInContentPointingOutsideAreRefusedAndNothingIsCopied(@TempDir Path temp)
            throws IOException {
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(
                outside.resolve("secret.md"), "---\ntitle: Secret\n---\n" + SECRET + "\n");
        Files.writeString(outside.resolve("secret.png"), SECRET);
        Path source = Fixtures.copy(Fixtures.ROOT.resolve("minimal"), temp.resolve("src"));
        Path content = source.resolve("content");
        Files.createSymbolicLink(content.resolve("page.md"), outside.resolve("secret.md"));
        Files.createSymbolicLink(content.resolve("image.png"), outside.resolve("secret.png"));
        Files.createSymbolicLink(content.resolve("folder"), outside);
        Files.createSymbolicLink(content.resolve("root"), Path.of("/"));
        Files.createSymbolicLink(content.resolve("inside.md"), content.resolve("index.md"));
        Path out = temp.resolve("out");
        Runs.buildGood(Fixtures.copy(Fixtures.ROOT.resolve("minimal"), temp.resolve("good")), out);
        Map<String, String> before = SiteManifest.of(out);

        Fixtures.Run check = Runs.check(source);
        Fixtures.Run build = Runs.build(source, out);

        String expected =
                """
                content/folder: error: symbolic links are not followed: copy the file into content/ [path]
                content/image.png: error: symbolic links are not followed: copy the file into content/ [path]
                content/inside.md: error: symbolic links are not followed: copy the file into content/ [path]
                content/page.md: error: symbolic links are not followed: copy the file into content/ [path]
                content/root: error: symbolic links are not followed: copy the file into content/ [path]
                """
                        + Fixtures.NO_HISTORY
                        + "5 errors, 1 warning\n";
        assertEquals(expected, check.err());
        assertEquals(expected, build.err());
        assertEquals(1, build.exitCode());
        assertEquals(before, SiteManifest.of(out), "the previous site changed");
        assertNothingContains(temp.resolve("out"), SECRET);
        Runs.assertNoLeftovers(out);
    }

    @Test
    void aSymbolicLinkInsteadOfTheContentFolderIsRefused(@TempDir Path temp) throws IOException {
        Path source = Fixtures.copy(Fixtures.ROOT.resolve("minimal"), temp.resolve("src"));
        Path elsewhere = Files.move(source.resolve("content"), temp.resolve("elsewhere"));
        Files.createSymbolicLink(source.resolve("content"), elsewhere);
        Fixtures.Run check = Runs.check(source);
        assertEquals(1, check.exitCode());
        assertTrue(
                check.err()
                        .startsWith(
                                "content: error: no content/ folder in the source folder [content]\n"),
                check.err());
    }

    @Test
    void aSymbolicLinkInsteadOfPolicyYamlIsRefused(@TempDir Path temp) throws IOException {
        Path source = Fixtures.copy(Fixtures.ROOT.resolve("minimal"), temp.resolve("src"));
        Path elsewhere =
                Files.move(source.resolve("policy.yaml"), temp.resolve("policy-elsewhere.yaml"));
        Files.createSymbolicLink(source.resolve("policy.yaml"), elsewhere);
        Fixtures.Run check = Runs.check(source);
        assertEquals(1, check.exitCode());
        assertEquals(
                "policy.yaml: error: policy.yaml is a symbolic link, which is not followed: put the file itself in the"
                        + " source folder [yaml]\n1 error, 0 warnings\n",
                check.err());
    }

    /** Publishing replaces the output folder: it must never be the sources or hold them. */
    @ParameterizedTest(name = "--out {0}")
    @ValueSource(strings = {".", "content", "content/site", "..", "policy.yaml", "content/../."})
    void anOutputFolderThatWouldReplaceTheSourcesIsABadCommandLine(String out, @TempDir Path temp) {
        Path source = Fixtures.copy(Fixtures.ROOT.resolve("minimal"), temp.resolve("src"));
        Map<String, String> before = SiteManifest.of(temp);
        Fixtures.Run run =
                Runs.bounded(
                        "build",
                        "--source",
                        source.toString(),
                        "--out",
                        source.resolve(out).toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("error: --out: the output"), run.err());
        assertEquals(before, SiteManifest.of(temp), "the sources changed");
    }

    private static void assertNothingContains(Path root, String text) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                assertFalse(
                        Files.readString(file).contains(text),
                        file + " holds a file from outside the source folder");
            }
        }
    }
}
