package com.sparkfabrik.handbook.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The one writer of the output folder. A build is written into a staging folder beside the output,
 * checked there, and swapped in by two renames only when everything succeeded; a failed or killed
 * build leaves the previous output as it was. Every step runs under the output's {@link
 * OutputLock}, so a staging or old folder found beside the output belongs to a build that died:
 * leftovers of killed builds are removed by the next successful one.
 *
 * <p>Not final only so a test can make one file write or one rename fail.
 */
public class OutputWriter {

    static final String STAGING = ".staging-";
    static final String OLD = ".old-";

    /**
     * A published site is read by a web server that usually runs as another user: folders {@code
     * rwxr-xr-x}, files {@code rw-r--r--}, whatever the umask (a temporary folder starts {@code
     * rwx------}).
     */
    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwxr-xr-x");

    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-r--r--");

    /** Writes every file into a new staging folder next to {@code out} and returns it. */
    public Path stage(OutputFiles files, Path out) throws IOException {
        Staging staging = open(out);
        try {
            files.all().forEach(staging::write);
        } catch (UncheckedIOException e) {
            discard(staging.folder());
            throw e.getCause();
        } catch (RuntimeException e) {
            discard(staging.folder());
            throw e;
        }
        return staging.folder();
    }

    /** A new, empty staging folder next to {@code out}, to write files into as they are made. */
    public Staging open(Path out) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, out.getFileName() + STAGING);
        return new Staging(staging, Files.getFileStore(staging).supportsFileAttributeView("posix"));
    }

    /** A staging folder being written, from any thread; the caller discards it if a write fails. */
    public final class Staging implements OutputFiles.Destination {

        private final Path folder;
        private final boolean posix;
        private final Set<Path> folders = ConcurrentHashMap.newKeySet();

        private Staging(Path folder, boolean posix) {
            this.folder = folder;
            this.posix = posix;
        }

        public Path folder() {
            return folder;
        }

        @Override
        public void write(String path, byte[] bytes) {
            Path target = folder.resolve(path);
            try {
                // a folder is listed once made: another thread may make it at the same time
                for (Path dir = target.getParent();
                        dir.startsWith(folder) && !folders.contains(dir);
                        dir = dir.getParent()) {
                    Files.createDirectories(dir);
                    if (posix) {
                        Files.setPosixFilePermissions(dir, FOLDER);
                    }
                    folders.add(dir);
                }
                OutputWriter.this.write(target, bytes);
                if (posix) {
                    Files.setPosixFilePermissions(target, FILE);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Writes one file of the staging folder. */
    void write(Path target, byte[] bytes) throws IOException {
        Files.write(target, bytes);
    }

    /** Renames a folder in one step: the swap is made of two of these. */
    void move(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Replaces {@code out} by {@code staging}, then removes the old output and any leftovers. */
    public void publish(Path staging, Path out) throws IOException {
        Path absolute = out.toAbsolutePath();
        // an old folder left by a build killed while deleting it must not be the one recover()
        // finds
        removeLeftovers(absolute, staging);
        Path old = null;
        if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            old =
                    absolute.resolveSibling(
                            absolute.getFileName()
                                    + OLD
                                    + staging.getFileName()
                                            .toString()
                                            .substring(
                                                    staging.getFileName()
                                                                    .toString()
                                                                    .lastIndexOf('-')
                                                            + 1));
            move(absolute, old);
        }
        move(staging, absolute);
        if (old != null) {
            deleteTree(old);
        }
        removeLeftovers(absolute, null);
    }

    /** Removes a staging folder of a build that failed. */
    public void discard(Path staging) throws IOException {
        deleteTree(staging);
    }

    /**
     * If a build was killed between the two renames, the last good output sits in an {@code .old-}
     * folder and {@code out} is missing: put it back.
     */
    public void recover(Path out) throws IOException {
        Path absolute = out.toAbsolutePath();
        if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)
                || !Files.isDirectory(absolute.getParent())) {
            return;
        }
        try (DirectoryStream<Path> siblings =
                Files.newDirectoryStream(
                        absolute.getParent(), absolute.getFileName() + OLD + "*")) {
            for (Path old : siblings) {
                Files.move(old, absolute, StandardCopyOption.ATOMIC_MOVE);
                return;
            }
        }
    }

    /**
     * Removes the staging and old folders of earlier builds beside {@code out}, except {@code
     * keep}.
     */
    private static void removeLeftovers(Path out, Path keep) throws IOException {
        try (DirectoryStream<Path> siblings =
                Files.newDirectoryStream(out.getParent(), out.getFileName() + ".{staging,old}-*")) {
            for (Path leftover : siblings) {
                if (keep == null || !leftover.toAbsolutePath().equals(keep.toAbsolutePath())) {
                    deleteTree(leftover);
                }
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            Files.deleteIfExists(root);
            return;
        }
        List<Path> children;
        try (Stream<Path> list = Files.list(root)) {
            children = list.toList();
        }
        // a whole site is thousands of files: its top-level folders are removed on every core
        try {
            children.parallelStream()
                    .forEach(
                            child -> {
                                try {
                                    deleteWalking(child);
                                } catch (IOException e) {
                                    throw new UncheckedIOException(e);
                                }
                            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Files.delete(root);
    }

    private static void deleteWalking(Path root) throws IOException {
        Files.walkFileTree(
                root,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                            throws IOException {
                        Files.delete(file);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path dir, IOException e)
                            throws IOException {
                        if (e != null) {
                            throw e;
                        }
                        Files.delete(dir);
                        return FileVisitResult.CONTINUE;
                    }
                });
    }
}
