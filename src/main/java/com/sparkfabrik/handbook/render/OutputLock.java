package com.sparkfabrik.handbook.render;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * The right to publish into one output folder: an operating-system lock on a file beside it ({@code
 * .site.lock} for {@code site/}). Every build stages, checks and swaps under it, so two builds into
 * the same folder (a CI retry, a watcher and a manual build) take turns: the site is always one
 * build's complete output, and any staging or old folder found while holding the lock belongs to a
 * build that died. The operating system releases the lock when its process ends, even by {@code
 * kill -9}, so a lock is never stale; the file itself stays, empty.
 */
public final class OutputLock implements AutoCloseable {

    /** How long a second build waits for the first before giving up with one line. */
    public static final Duration WAIT = Duration.ofMinutes(5);

    private static final long POLL_MILLIS = 50;

    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file of {@code out}. */
    public static Path fileOf(Path out) {
        Path absolute = out.toAbsolutePath();
        return absolute.resolveSibling("." + absolute.getFileName() + ".lock");
    }

    /**
     * Takes the lock of {@code out}, waiting up to {@code wait} for a build holding it.
     *
     * @throws Busy when another build still holds it after {@code wait}
     */
    public static OutputLock acquire(Path out, Duration wait) throws IOException {
        Path file = fileOf(out);
        Files.createDirectories(file.getParent());
        FileChannel channel =
                FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            while (true) {
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    return new OutputLock(channel, lock);
                }
                if (System.nanoTime() - deadline >= 0) {
                    throw new Busy(out, file, wait);
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            channel.close();
            throw new Busy(out, file, wait);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** The lock, or null when another process (or another build in this one) holds it. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }

    /** Another build kept the output folder for longer than a build waits. */
    public static final class Busy extends IOException {
        private static final long serialVersionUID = 1L;

        Busy(Path out, Path file, Duration wait) {
            super(
                    "another build is publishing into "
                            + out
                            + " (it holds "
                            + file.getFileName()
                            + "); gave up after "
                            + wait.toSeconds()
                            + " s: run the build again when it is done");
        }
    }
}
