package com.sparkfabrik.handbook.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A folder on disk, indexed once: every file and directory under the root, walked up front
 * (following symbolic links), so a lookup is a hash probe and names match case-sensitively as on a
 * web server. Paths outside the root ({@code ../}) are looked up on disk, once each.
 */
final class DiskFileTree implements FileTree {

    // each thread reads its pages into one buffer it keeps: only the decoded text is new per page
    private static final ThreadLocal<byte[]> BUFFER =
            ThreadLocal.withInitial(() -> new byte[1 << 16]);

    private final Path root;
    private final Set<String> files;
    private final Set<String> directories;
    private final Map<String, Boolean> outsideFiles = new ConcurrentHashMap<>();
    private final Map<String, Boolean> outsideDirectories = new ConcurrentHashMap<>();

    private DiskFileTree(Path root, Set<String> files, Set<String> directories) {
        this.root = root;
        this.files = files;
        this.directories = directories;
    }

    static DiskFileTree walk(Path root) {
        Path absolute = root.toAbsolutePath().normalize();
        Set<String> files = new HashSet<>();
        Set<String> directories = new HashSet<>();
        int prefix = absolute.toString().length() + (absolute.getParent() == null ? 0 : 1);
        try {
            Files.walkFileTree(
                    absolute,
                    EnumSet.of(FileVisitOption.FOLLOW_LINKS),
                    Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(
                                Path dir, BasicFileAttributes attrs) {
                            directories.add(relative(dir, prefix));
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isRegularFile()) { // a dangling symbolic link is no target
                                files.add(relative(file, prefix));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            return FileVisitResult
                                    .CONTINUE; // a symlink loop or an unreadable entry: not a
                            // target
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + absolute + ": " + e.getMessage(), e);
        }
        return new DiskFileTree(absolute, files, directories);
    }

    private static String relative(Path path, int prefix) {
        String full = path.toString();
        String relative = full.length() <= prefix ? "" : full.substring(prefix);
        return path.getFileSystem().getSeparator().equals("/")
                ? relative
                : relative.replace('\\', '/');
    }

    Path root() {
        return root;
    }

    /** A file's path relative to the root, with forward slashes ({@code ../} if outside it). */
    String relativize(Path file) {
        Path relative = root.relativize(file.toAbsolutePath().normalize());
        return relative.toString().replace('\\', '/');
    }

    /** The HTML files of the index that lie under {@code folder}, sorted. */
    List<String> htmlFilesUnder(Path folder) {
        String prefix = relativize(folder);
        String dir = prefix.isEmpty() ? "" : prefix + "/";
        List<String> pages = new ArrayList<>();
        for (String file : files) {
            if (file.startsWith(dir) && Hrefs.isHtml(file)) {
                pages.add(file);
            }
        }
        pages.sort(null);
        return pages;
    }

    @Override
    public boolean isFile(String path) {
        if (path.startsWith("../")) {
            return outsideFiles.computeIfAbsent(
                    path, p -> Files.isRegularFile(root.resolve(p).normalize()));
        }
        return files.contains(path);
    }

    @Override
    public boolean isDirectory(String path) {
        if (path.startsWith("../") || path.equals("..")) {
            return outsideDirectories.computeIfAbsent(
                    path, p -> Files.isDirectory(root.resolve(p).normalize()));
        }
        return directories.contains(path);
    }

    @Override
    public String read(String path) throws IOException {
        try (InputStream in = Files.newInputStream(root.resolve(path).normalize())) {
            byte[] buffer = BUFFER.get();
            int length = 0;
            for (int n; (n = in.read(buffer, length, buffer.length - length)) > 0; ) {
                length += n;
                if (length == buffer.length) {
                    buffer = Arrays.copyOf(buffer, buffer.length * 2);
                    BUFFER.set(buffer);
                }
            }
            return new String(buffer, 0, length, StandardCharsets.UTF_8);
        }
    }
}
