package com.sparkfabrik.handbook.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A staging folder being written, from any thread, then published as the output or discarded. It is
 * empty or holds an earlier output: then each file is written over in place and whatever this build
 * did not write is removed before the folder is published.
 */
public final class Staging implements OutputFiles.Destination {

    private final OutputWriter writer;
    private final Path out;
    private final Path folder;
    private final boolean posix;
    private final boolean reused;
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    private final Set<Path> files = ConcurrentHashMap.newKeySet();
    // writes hold it shared, closing holds it alone: when a build fails on one thread, the others
    // may still be writing, and none may write into the folder once it is published or dropped
    private final ReadWriteLock open = new ReentrantReadWriteLock();
    private boolean closed;

    Staging(OutputWriter writer, Path out, Path folder, boolean posix, boolean reused) {
        this.writer = writer;
        this.out = out;
        this.folder = folder;
        this.posix = posix;
        this.reused = reused;
    }

    public Path folder() {
        return folder;
    }

    Path out() {
        return out;
    }

    /** Puts the staged site in place of the output ({@link OutputWriter#publish}). */
    public void publish() throws IOException {
        close();
        writer.publish(this, out);
    }

    /** Drops the staged site of a build that failed ({@link OutputWriter#discard}). */
    public void discard() throws IOException {
        close();
        writer.discard(this);
    }

    boolean posix() {
        return posix;
    }

    boolean reused() {
        return reused;
    }

    /** Waits for the writes under way; any later write fails. */
    private void close() {
        open.writeLock().lock();
        try {
            closed = true;
        } finally {
            open.writeLock().unlock();
        }
    }

    @Override
    public void write(String path, byte[] bytes) {
        open.readLock().lock();
        try {
            if (closed) {
                throw new UncheckedIOException(
                        new IOException("the build stopped before " + path + " was written"));
            }
            writeOpen(path, bytes);
        } finally {
            open.readLock().unlock();
        }
    }

    private void writeOpen(String path, byte[] bytes) {
        Path target = folder.resolve(path);
        try {
            Path parent = target.getParent();
            if (!folders.contains(parent)) {
                makeFolders(parent);
            }
            writer.write(target, bytes, reused, posix);
            if (reused) {
                files.add(target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folders down to {@code dir}, each made or checked once. */
    private void makeFolders(Path dir) throws IOException {
        Deque<Path> missing = new ArrayDeque<>();
        for (Path d = dir; d.startsWith(folder) && !folders.contains(d); d = d.getParent()) {
            missing.push(d);
        }
        // one thread at a time: another may be checking the same folder of an earlier output
        synchronized (folders) {
            for (Path d : missing) {
                if (!folders.contains(d)) {
                    StagedFiles.folder(d, reused, posix);
                    folders.add(d);
                }
            }
        }
    }

    /**
     * Removes what an earlier output left that this build did not write: the folder then holds
     * exactly this build's files.
     */
    void removeOthers() throws IOException {
        if (!reused) {
            return;
        }
        folders.add(folder);
        for (Path dir : folders) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path entry : entries) {
                    if (!files.contains(entry) && !folders.contains(entry)) {
                        OutputWriter.deleteTree(entry);
                    }
                }
            }
        }
    }
}
