package com.sparkfabrik.handbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sparkfabrik.handbook.Fixtures;
import com.sparkfabrik.handbook.OutputInvariant;
import com.sparkfabrik.handbook.Runs;
import com.sparkfabrik.handbook.SiteManifest;
import com.sparkfabrik.handbook.pipeline.Build;
import com.sparkfabrik.handbook.pipeline.BuildRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A failure at any point of publishing leaves the output as the last good build left it, and the
 * next good build cleans up. Failures are injected by a writer whose n-th write or rename throws; a
 * real {@code kill -9} is in {@code hostile.KillDuringBuildTest}.
 */
class AtomicPublishTest {

    private static final Clock CLOCK =
            Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir Path temp;
    Path source;
    Path out;
    Map<String, String> good;

    /**
     * A writer that fails on its n-th file write or its n-th rename, as a full disk or a crash
     * would.
     */
    static final class FailingWriter extends OutputWriter {
        private final int failingWrite;
        private final int failingMove;
        private int writes;
        private int moves;

        FailingWriter(int failingWrite, int failingMove) {
            this.failingWrite = failingWrite;
            this.failingMove = failingMove;
        }

        @Override
        void write(Path target, byte[] bytes, boolean mayExist, boolean posix) throws IOException {
            if (++writes == failingWrite) {
                throw new IOException("no space left on device (simulated)");
            }
            super.write(target, bytes, mayExist, posix);
        }

        @Override
        void move(Path from, Path to) throws IOException {
            if (++moves == failingMove) {
                throw new IOException("killed between the renames (simulated)");
            }
            super.move(from, to);
        }
    }

    @BeforeEach
    void buildGoodSite() throws IOException {
        source = Fixtures.copy(Fixtures.ROOT.resolve("minimal"), temp.resolve("src"));
        out = temp.resolve("site");
        Runs.buildGood(source, out);
        good = SiteManifest.of(out);
        // the next build changes every page
        Path policy = source.resolve("policy.yaml");
        Files.writeString(
                policy,
                Files.readString(policy).replace("title: Minimal Policy", "title: Changed Policy"));
    }

    @Test
    void aWriteFailingHalfwayThroughStagingLeavesTheSiteAndNoStagingFolder() {
        Build build = new Build(new FailingWriter(3, 0));
        IOException e =
                assertThrows(
                        IOException.class, () -> build.run(BuildRequest.build(source, out, CLOCK)));
        assertTrue(e.getMessage().contains("simulated"));
        assertEquals(good, SiteManifest.of(out));
        Runs.assertNoLeftovers(out);
    }

    @Test
    void aFailureOnTheFirstRenameLeavesTheSite() throws IOException {
        Build build = new Build(new FailingWriter(0, 1));
        assertThrows(IOException.class, () -> build.run(BuildRequest.build(source, out, CLOCK)));
        assertEquals(good, SiteManifest.of(out));
        assertNextBuildPublishesAndCleansUp();
    }

    @Test
    void aFailureBetweenTheRenamesIsRecoveredByTheNextBuild() throws IOException {
        Build build = new Build(new FailingWriter(0, 2));
        assertThrows(IOException.class, () -> build.run(BuildRequest.build(source, out, CLOCK)));
        assertFalse(Files.exists(out), "the site is aside, between the two renames");
        assertEquals(List.of(good), oldFolders().stream().map(SiteManifest::of).toList());

        new OutputWriter().recover(out);
        assertEquals(good, SiteManifest.of(out), "recover() puts the last good site back");
        assertNextBuildPublishesAndCleansUp();
    }

    @Test
    void recoverPicksTheCompleteOldSiteNotAHalfDeletedOne() throws IOException {
        // a build killed while deleting its old folder left part of one behind
        Path halfDeleted = Files.createDirectories(temp.resolve("site.old-1111"));
        Files.writeString(halfDeleted.resolve("index.html"), "half");
        Build build = new Build(new FailingWriter(0, 2));
        assertThrows(IOException.class, () -> build.run(BuildRequest.build(source, out, CLOCK)));
        assertFalse(Files.exists(halfDeleted), "leftovers are removed before the swap");

        new OutputWriter().recover(out);
        assertEquals(good, SiteManifest.of(out));
    }

    @Test
    void aFailedBuildOfBadInputDoesNotTouchTheSite() throws IOException {
        Files.writeString(
                source.resolve("content/index.md"), "---\ntitle: x\n---\n{{ value('nope') }}\n");
        Fixtures.Run run = Runs.build(source, out);
        assertEquals(1, run.exitCode());
        assertEquals(good, SiteManifest.of(out));
        Runs.assertNoLeftovers(out);
    }

    @Test
    void aStagingNameAlreadyTakenIsNeitherEnteredNorWrittenThrough() throws IOException {
        // the names this process stages in first: a link to a folder elsewhere, then a file
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        String staging = "site.staging-" + ProcessHandle.current().pid() + ".";
        Files.createSymbolicLink(temp.resolve(staging + 0), elsewhere);
        Files.writeString(temp.resolve(staging + 1), "taken");
        assertNextBuildPublishesAndCleansUp();
        try (Stream<Path> written = Files.list(elsewhere)) {
            assertEquals(List.of(), written.toList());
        }
    }

    private void assertNextBuildPublishesAndCleansUp() throws IOException {
        Path expected = temp.resolve("expected");
        Runs.buildGood(source, expected);
        Runs.buildGood(source, out);
        assertEquals(SiteManifest.of(expected), SiteManifest.of(out));
        Runs.assertNoLeftovers(out);
        OutputInvariant.assertSafe(out);
    }

    private List<Path> oldFolders() throws IOException {
        try (Stream<Path> siblings = Files.list(temp)) {
            return siblings.filter(p -> p.getFileName().toString().startsWith("site.old-"))
                    .toList();
        }
    }

    @Test
    void aBuildThatFailsWaitsForTheWritesUnderWayAndAllowsNoneAfter() throws Exception {
        // a failing page stops the build while other threads still write theirs: the staging
        // folder is dropped only after them, and no write reaches it afterwards
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        OutputWriter slow =
                new OutputWriter() {
                    @Override
                    void write(Path target, byte[] bytes, boolean mayExist, boolean posix)
                            throws IOException {
                        writing.countDown();
                        try {
                            finish.await();
                        } catch (InterruptedException e) {
                            throw new IOException(e);
                        }
                        super.write(target, bytes, mayExist, posix);
                    }
                };
        Path out = temp.resolve("fresh-site");
        Staging staging = slow.open(out);
        byte[] page = "<p>page</p>".getBytes(StandardCharsets.UTF_8);
        Thread writer = new Thread(() -> staging.write("a/slow.html", page));
        writer.start();
        writing.await();
        Thread dropping =
                new Thread(
                        () -> {
                            try {
                                staging.discard();
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        });
        dropping.start();
        dropping.join(300);
        assertTrue(dropping.isAlive(), "the staging folder is dropped only after the write");
        finish.countDown();
        writer.join();
        dropping.join();
        assertThrows(UncheckedIOException.class, () -> staging.write("b/late.html", page));
        try (Stream<Path> left = Files.list(temp)) {
            assertEquals(
                    List.of(),
                    left.filter(p -> p.getFileName().toString().contains("fresh-site")).toList());
        }
    }
}
