package com.sparkfabrik.handbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sparkfabrik.handbook.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where {@code build} writes, and that what it writes can be served by another user. */
class BuildOutputTest {

    @Test
    void outNamesTheOutputFolderItself(@TempDir Path temp) {
        Path source = Fixtures.copy(Fixtures.ROOT.resolve("minimal"), temp.resolve("src"));
        Path out = temp.resolve("public");
        Fixtures.Run run =
                Fixtures.run("build", "--source", source.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isRegularFile(out.resolve("index.html")));
        assertFalse(Files.exists(out.resolve("site")));
        assertFalse(Files.exists(source.resolve("site")));
    }

    @Test
    void withoutOutTheSiteGoesIntoTheSourceFolder(@TempDir Path temp) {
        Path source = Fixtures.copy(Fixtures.ROOT.resolve("minimal"), temp.resolve("src"));
        Fixtures.Run run = Fixtures.run("build", "--source", source.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isRegularFile(source.resolve("site/index.html")));
    }

    @Test
    void theSiteIsReadableByEveryoneWhateverTheTemporaryFolderStartedAs(@TempDir Path temp)
            throws IOException {
        assumeTrue(Files.getFileStore(temp).supportsFileAttributeView("posix"));
        Path source = Fixtures.copy(Fixtures.ROOT.resolve("minimal"), temp.resolve("src"));
        Fixtures.Run run = Fixtures.run("build", "--source", source.toString());
        assertEquals(0, run.exitCode(), run.err());
        Path site = source.resolve("site");
        List<Path> all;
        try (Stream<Path> walk = Files.walk(site)) {
            all = walk.toList();
        }
        assertTrue(all.size() > 5, all.toString());
        for (Path path : all) {
            String expected = Files.isDirectory(path) ? "rwxr-xr-x" : "rw-r--r--";
            assertEquals(
                    expected,
                    PosixFilePermissions.toString(Files.getPosixFilePermissions(path)),
                    path.toString());
        }
    }

    @Test
    void versionIsThePomVersion() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        int artifact = pom.indexOf("<artifactId>policy-handbook</artifactId>");
        int start = pom.indexOf("<version>", artifact) + "<version>".length();
        String version = pom.substring(start, pom.indexOf("</version>", start));
        Fixtures.Run run = Fixtures.run("--version");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("policy-handbook " + version + "\n", run.out().replace("\r\n", "\n"));
        assertTrue(version.endsWith("-SNAPSHOT") || version.matches("\\d+\\.\\d+\\.\\d+"), version);
    }
}
