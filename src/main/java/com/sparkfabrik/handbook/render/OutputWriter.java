package com.sparkfabrik.handbook.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
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
    static final String PREVIOUS = ".previous";

    /**
     * A staging folder next to {@code out} to write files into as they are made: the folder an
     * earlier build kept ({@link #previous}), when there is one, or a new, empty one.
     */
    public Staging open(Path out) throws IOException {
        Path absolute = out.toAbsolutePath();
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        Path staging = newFolder(parent, out.getFileName() + STAGING);
        boolean posix = Files.getFileStore(staging).supportsFileAttributeView("posix");
        Path previous = previous(absolute);
        boolean reused = posix && Files.isDirectory(previous, LinkOption.NOFOLLOW_LINKS);
        if (reused) {
            Files.delete(staging);
            Files.move(previous, staging, StandardCopyOption.ATOMIC_MOVE);
        }
        return new Staging(this, absolute, staging, posix, reused);
    }

    /**
     * A new, empty folder named {@code prefix} and this process's id. Not {@code
     * Files.createTempDirectory}: its random name costs a cold start the set-up of a {@code
     * SecureRandom}, 10-20 ms before the first page. A name in use (another build's, whose process
     * had this id) is never entered: the folder is made here or the next name is tried.
     */
    private static Path newFolder(Path parent, String prefix) throws IOException {
        String name = prefix + ProcessHandle.current().pid() + ".";
        for (int attempt = 0; ; attempt++) {
            try {
                return Files.createDirectory(parent.resolve(name + attempt));
            } catch (FileAlreadyExistsException taken) {
                if (attempt == 99) {
                    throw taken;
                }
            }
        }
    }

    /**
     * Where the output a build replaced is kept ({@code .site.previous} for {@code site}), for the
     * next build to write over in place: on a file system that frees blocks slowly (ext4 mounted
     * with {@code discard}, common on cloud disks) deleting a 10,000-page site's 29,000 files took
     * longer than writing them. Its own {@code .gitignore} keeps it out of a repository's status.
     */
    static Path previous(Path absoluteOut) {
        return absoluteOut.resolveSibling("." + absoluteOut.getFileName() + PREVIOUS);
    }

    /**
     * Writes one file of a staging folder; {@code mayExist}: the folder holds an earlier output,
     * whose file there is written over in place ({@link StagedFiles}); {@code posix}: its file
     * system has modes.
     */
    void write(Path target, byte[] bytes, boolean mayExist, boolean posix) throws IOException {
        StagedFiles.write(target, bytes, mayExist, posix);
    }

    /** Renames a folder in one step: the swap is made of two of these. */
    void move(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Replaces {@code out} by the staging folder once it holds only this build's files, keeps the
     * old output as the next build's staging folder (or removes it where files cannot be written
     * over safely), then removes any leftovers.
     */
    void publish(Staging staging, Path out) throws IOException {
        staging.removeOthers();
        Path folder = staging.folder();
        Path absolute = out.toAbsolutePath();
        // an old folder left by a build killed while deleting it must not be the one recover()
        // finds
        removeLeftovers(absolute, folder);
        Path old = null;
        if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            String name = folder.getFileName().toString();
            old =
                    absolute.resolveSibling(
                            absolute.getFileName()
                                    + OLD
                                    + name.substring(name.lastIndexOf('-') + 1));
            move(absolute, old);
        }
        move(folder, absolute);
        if (old != null) {
            keepOrDelete(old, absolute, staging.posix());
        }
        removeLeftovers(absolute, null);
    }

    /**
     * Removes a staging folder of a build that failed; one that held the previous output goes back
     * to being it, since the next build writes over it anyway.
     */
    void discard(Staging staging) throws IOException {
        keepOrDelete(staging.folder(), staging.out(), staging.reused());
    }

    private static void keepOrDelete(Path folder, Path out, boolean keep) throws IOException {
        Path previous = previous(out);
        if (!keep || Files.exists(previous, LinkOption.NOFOLLOW_LINKS)) {
            deleteTree(folder);
            return;
        }
        Files.move(folder, previous, StandardCopyOption.ATOMIC_MOVE);
        Files.writeString(previous.resolve(".gitignore"), "*\n");
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
