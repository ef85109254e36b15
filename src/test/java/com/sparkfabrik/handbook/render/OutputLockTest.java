package com.sparkfabrik.handbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One build at a time publishes into a folder; the next waits for it, for a bounded time. */
class OutputLockTest {

    @TempDir Path temp;

    @Test
    void aSecondBuildGivesUpAfterItsWaitWithOneClearLine() throws IOException {
        Path out = temp.resolve("site");
        try (OutputLock first = OutputLock.acquire(out, Duration.ZERO)) {
            OutputLock.Busy busy =
                    assertThrows(
                            OutputLock.Busy.class,
                            () -> OutputLock.acquire(out, Duration.ofMillis(200)));
            assertEquals(
                    "another build is publishing into "
                            + out
                            + " (it holds .site.lock); gave up after 0 s: run the build again"
                            + " when it is done",
                    busy.getMessage());
        }
        assertTrue(Files.exists(temp.resolve(".site.lock")), "the lock file sits beside site/");
    }

    @Test
    void theLockIsFreeAgainOnceReleased() throws IOException {
        Path out = temp.resolve("site");
        OutputLock.acquire(out, Duration.ZERO).close();
        try (OutputLock again = OutputLock.acquire(out, Duration.ZERO)) {
            assertTrue(Files.isRegularFile(OutputLock.fileOf(out)));
        }
    }

    @Test
    void aWaitingBuildGetsTheLockWhenTheFirstReleasesIt() throws Exception {
        Path out = temp.resolve("site");
        OutputLock first = OutputLock.acquire(out, Duration.ZERO);
        Thread release =
                new Thread(
                        () -> {
                            try {
                                Thread.sleep(300);
                                first.close();
                            } catch (InterruptedException | IOException e) {
                                throw new IllegalStateException(e);
                            }
                        });
        release.start();
        try (OutputLock second = OutputLock.acquire(out, Duration.ofSeconds(30))) {
            assertTrue(Files.exists(OutputLock.fileOf(out)));
        }
        release.join();
    }

    @Test
    void otherOutputFoldersHaveTheirOwnLocks() throws IOException {
        try (OutputLock a = OutputLock.acquire(temp.resolve("a"), Duration.ZERO);
                OutputLock b = OutputLock.acquire(temp.resolve("b"), Duration.ZERO)) {
            assertTrue(
                    Files.exists(temp.resolve(".a.lock")) && Files.exists(temp.resolve(".b.lock")));
        }
    }
}
