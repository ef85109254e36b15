package com.sparkfabrik.handbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sparkfabrik.handbook.Fixtures;
import com.sparkfabrik.handbook.Runs;
import com.sparkfabrik.handbook.SiteManifest;
import com.sparkfabrik.handbook.pipeline.Build;
import com.sparkfabrik.handbook.pipeline.BuildRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build writes over the output the one before it replaced ({@code .site.previous}) and publishes
 * exactly what a build into an empty folder publishes: files it no longer makes are gone, shorter
 * files hold nothing of their longer past, modes are the site's. Nothing outside the folder is
 * written through a link or a second name planted in it.
 */
class ReusedOutputTest {

    private static final Clock CLOCK =
            Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir Path temp;
    Path source;
    Path out;
    Path previous;
    Map<String, String> first;

    /**
     * Three builds' worth of setup: the first site has an extra page in a folder of its own; a
     * second build keeps it as {@code .site.previous}; then the page goes, so every page's
     * navigation gets shorter and the extra folder is stale.
     */
    @BeforeEach
    void keepALongerSiteAsThePreviousOutput() throws IOException {
        assumeTrue(Files.getFileStore(temp).supportsFileAttributeView("posix"));
        source = Fixtures.copy(Fixtures.ROOT.resolve("full"), temp.resolve("src"));
        Path extra = Files.createDirectories(source.resolve("content/extra"));
        Files.writeString(
                extra.resolve("old.md"), "---\ntitle: An old page with a long title\n---\nGone.\n");
        out = temp.resolve("site");
        previous = temp.resolve(".site.previous");
        Runs.buildGood(source, out);
        first = SiteManifest.of(out);
        Runs.buildGood(source, out);
        assertEquals(withIgnoreFile(first), SiteManifest.of(previous));
        Files.delete(extra.resolve("old.md"));
        Files.delete(extra);
    }

    @Test
    void aBuildOverThePreviousOutputEqualsABuildIntoAnEmptyFolder() throws IOException {
        assertTrue(first.containsKey("extra/old.html"));
        Runs.buildGood(source, out);
        assertEquals(fresh(), SiteManifest.of(out));
        assertEquals(withIgnoreFile(first), SiteManifest.of(previous), "the output it replaced");
        Runs.assertNoLeftovers(out);
    }

    @Test
    void aFileWithASecondNameElsewhereIsReplacedNotWrittenThrough() throws IOException {
        Path elsewhere = temp.resolve("release-1/index.html");
        Files.createDirectories(elsewhere.getParent());
        Files.createLink(elsewhere, previous.resolve("index.html"));
        byte[] before = Files.readAllBytes(elsewhere);
        Runs.buildGood(source, out);
        assertEquals(fresh(), SiteManifest.of(out));
        assertEquals(new String(before), Files.readString(elsewhere));
    }

    @Test
    void aLinkedFileOrFolderIsReplacedNotFollowed() throws IOException {
        Path target = Files.writeString(temp.resolve("target.txt"), "keep me");
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(outside.resolve("setup.html"), "outside");
        Files.delete(previous.resolve("index.html"));
        Files.createSymbolicLink(previous.resolve("index.html"), target);
        OutputWriter.deleteTree(previous.resolve("guides"));
        Files.createSymbolicLink(previous.resolve("guides"), outside);
        Runs.buildGood(source, out);
        assertEquals(fresh(), SiteManifest.of(out));
        assertEquals("keep me", Files.readString(target));
        assertEquals(List.of(outside.resolve("setup.html")), list(outside));
        assertEquals("outside", Files.readString(outside.resolve("setup.html")));
        assertFalse(Files.isSymbolicLink(out.resolve("guides")));
    }

    @Test
    void modesChangedInThePreviousOutputAreTheSitesAgain() throws IOException {
        Files.setPosixFilePermissions(
                previous.resolve("index.html"), PosixFilePermissions.fromString("rw-------"));
        Files.setPosixFilePermissions(
                previous.resolve("guides"), PosixFilePermissions.fromString("rwx------"));
        Runs.buildGood(source, out);
        assertEquals("rw-r--r--", mode(out.resolve("index.html")));
        assertEquals("rwxr-xr-x", mode(out.resolve("guides")));
    }

    @Test
    void aFailedBuildGivesThePreviousOutputBackForTheNextOne() throws IOException {
        Map<String, String> site = SiteManifest.of(out);
        Build failing = new Build(new AtomicPublishTest.FailingWriter(3, 0));
        assertThrows(IOException.class, () -> failing.run(BuildRequest.build(source, out, CLOCK)));
        assertEquals(site, SiteManifest.of(out));
        assertTrue(Files.isDirectory(previous), "kept for the next build to write over");
        Runs.assertNoLeftovers(out);
        Runs.buildGood(source, out);
        assertEquals(fresh(), SiteManifest.of(out));
    }

    @Test
    void theFolderItWritesOverReallyHeldTheOlderSite() throws IOException {
        // without this the tests above would pass just as well for a writer that never reuses
        assertNotEquals(fresh(), withoutIgnoreFile(SiteManifest.of(previous)));
        Path marker = previous.resolve("extra/old.html");
        assertTrue(Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS));
        Object inode = Files.getAttribute(previous.resolve("index.html"), "unix:ino");
        Runs.buildGood(source, out);
        assertEquals(inode, Files.getAttribute(out.resolve("index.html"), "unix:ino"));
    }

    private Map<String, String> fresh() {
        Path expected = temp.resolve("expected-" + System.nanoTime());
        Runs.buildGood(source, expected);
        return SiteManifest.of(expected);
    }

    private static Map<String, String> withIgnoreFile(Map<String, String> manifest) {
        Map<String, String> with = new TreeMap<>(manifest);
        with.put(".gitignore", SiteManifest.sha256("*\n".getBytes(StandardCharsets.UTF_8)));
        return with;
    }

    private static Map<String, String> withoutIgnoreFile(Map<String, String> manifest) {
        Map<String, String> without = new TreeMap<>(manifest);
        without.remove(".gitignore");
        return without;
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }
}
