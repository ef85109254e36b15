package com.sparkfabrik.handbook.content;

import com.sparkfabrik.handbook.diag.Diagnostics;
import com.sparkfabrik.handbook.diag.SourcePosition;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the pages and asset files under {@code content/}, in a sorted, file-system-independent
 * order. Symbolic links are refused: nothing outside the source folder is ever read.
 */
public final class ContentReader {

    public static final String DIR = "content";
    static final int MAX_PAGE_BYTES = 1024 * 1024;

    /** Assets are held in memory until the site is written: an image, not a video. */
    static final long MAX_ASSET_BYTES = 16L * 1024 * 1024;

    /**
     * What content/ holds, without reading the files: page paths and asset paths, relative to
     * content/.
     */
    public record Listing(List<String> pages, List<String> assets) {}

    public Listing list(Path sourceDir, Diagnostics diagnostics) {
        Path root = sourceDir.resolve(DIR);
        List<String> pages = new ArrayList<>();
        List<String> assets = new ArrayList<>();
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            diagnostics.error(
                    "content", SourcePosition.of(DIR), "no content/ folder in the source folder");
            return new Listing(pages, assets);
        }
        List<Found> files;
        try {
            files = walk(root);
        } catch (IOException e) {
            diagnostics.error(
                    "content", SourcePosition.of(DIR), "cannot list content/: " + e.getMessage());
            return new Listing(pages, assets);
        }
        SourceNames.Outputs outputs = new SourceNames.Outputs();
        String refusedFolder = null;
        for (Found found : files) {
            Path path = found.path();
            BasicFileAttributes attributes = found.attributes();
            String relative = slashed(root.relativize(path));
            SourcePosition at = SourcePosition.of(DIR + "/" + relative);
            if (relative.isEmpty() || refusedFolder != null && relative.startsWith(refusedFolder)) {
                continue; // a refused folder is reported once, not once a file
            }
            Optional<String> badName =
                    SourceNames.nameProblem(relative, path.getFileName().toString());
            if (attributes.isSymbolicLink()) {
                diagnostics.error(
                        "path", at, "symbolic links are not followed: copy the file into content/");
            } else if (badName.isPresent()) {
                diagnostics.error("path", at, badName.get());
                if (attributes.isDirectory()) {
                    refusedFolder = relative + "/";
                }
            } else if (!attributes.isRegularFile()
                    || !relative.endsWith(".md") && path.getFileName().toString().startsWith(".")) {
                continue;
            } else if (attributes.size()
                    > (relative.endsWith(".md") ? Long.MAX_VALUE : MAX_ASSET_BYTES)) {
                diagnostics.error(
                        "content",
                        at,
                        "the file is larger than "
                                + MAX_ASSET_BYTES / (1024 * 1024)
                                + " MiB: publish it elsewhere and link to it");
            } else {
                Optional<String> clash = outputs.claim(relative);
                if (clash.isPresent()) {
                    diagnostics.error(
                            "path",
                            at,
                            "its output "
                                    + SourceNames.output(relative)
                                    + " clashes with the output of content/"
                                    + clash.get()
                                    + ": rename one of them");
                } else if (relative.endsWith(".md")) {
                    pages.add(relative);
                } else {
                    assets.add(relative);
                }
            }
        }
        return new Listing(List.copyOf(pages), List.copyOf(assets));
    }

    /** A file or folder under content/, with what the walk read of it (links not followed). */
    private record Found(Path path, BasicFileAttributes attributes) {}

    /**
     * Everything under {@code root}, sorted by path, each with its attributes: read once by the
     * walk instead of asked of the file system again for each question.
     */
    private static List<Found> walk(Path root) throws IOException {
        List<Found> found = new ArrayList<>();
        Files.walkFileTree(
                root,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(
                            Path dir, BasicFileAttributes attributes) {
                        found.add(new Found(dir, attributes));
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        found.add(new Found(file, attributes));
                        return FileVisitResult.CONTINUE;
                    }
                });
        found.sort(Comparator.comparing(Found::path));
        return found;
    }

    /** Reads one page, {@code relative} to content/ (as {@link #list} gives it). */
    public Optional<PageSource> readPage(Path sourceDir, String relative, Diagnostics diagnostics) {
        Path path = sourceDir.resolve(DIR).resolve(relative);
        String file = DIR + "/" + relative;
        try {
            if (Files.size(path) > MAX_PAGE_BYTES) {
                diagnostics.error(
                        "content",
                        SourcePosition.of(file),
                        "the page is larger than " + MAX_PAGE_BYTES / 1024 + " KiB: split it");
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(path);
            String text =
                    isAscii(bytes)
                            ? new String(bytes, StandardCharsets.US_ASCII)
                            : StandardCharsets.UTF_8
                                    .newDecoder()
                                    .onMalformedInput(CodingErrorAction.REPORT)
                                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                                    .decode(ByteBuffer.wrap(bytes))
                                    .toString();
            if (text.indexOf('\0') >= 0) {
                diagnostics.error(
                        "content",
                        SourcePosition.of(file),
                        "the page is binary (it contains a NUL byte)");
                return Optional.empty();
            }
            int reserved = firstReserved(text);
            if (reserved >= 0) {
                diagnostics.error(
                        "content",
                        positionOf(file, text, reserved),
                        String.format(
                                Locale.ROOT,
                                "character U+%04X is reserved for the build's own use: remove it",
                                (int) text.charAt(reserved)));
                return Optional.empty();
            }
            String id = relative.substring(0, relative.length() - ".md".length());
            return new FrontMatter()
                    .parse(id, file, text.replace("\r\n", "\n").replace('\r', '\n'), diagnostics);
        } catch (CharacterCodingException e) {
            diagnostics.error("content", SourcePosition.of(file), "the page is not valid UTF-8");
        } catch (IOException e) {
            diagnostics.error("content", SourcePosition.of(file), "cannot read: " + e.getMessage());
        }
        return Optional.empty();
    }

    /**
     * The path with forward slashes, from its name elements: a backslash inside a name stays a
     * character of that name (and is refused), it does not become a separator.
     */
    private static String slashed(Path relative) {
        StringBuilder out = new StringBuilder();
        for (Path name : relative) {
            out.append(out.length() == 0 ? "" : "/").append(name);
        }
        return out.toString();
    }

    /**
     * The first character that marks a fact reference inside the build (see {@link Expansion}); -1
     * if none.
     */
    private static int firstReserved(String text) {
        int open = text.indexOf(Expansion.OPEN);
        int close = text.indexOf(Expansion.CLOSE);
        return open < 0 ? close : close < 0 ? open : Math.min(open, close);
    }

    /** ASCII is valid UTF-8 that decodes to itself: most pages skip the checking decoder. */
    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    /** Line and column of {@code index}; the column counts code points, as editors show them. */
    private static SourcePosition positionOf(String file, String text, int index) {
        LineIndex lines = new LineIndex(text);
        int line = lines.lineOf(index);
        return new SourcePosition(
                file, line + 1, text.codePointCount(lines.startOf(line), index) + 1);
    }
}
