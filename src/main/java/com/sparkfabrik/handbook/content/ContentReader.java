package com.sparkfabrik.handbook.content;

import com.sparkfabrik.handbook.diag.Diagnostics;
import com.sparkfabrik.handbook.diag.SourcePosition;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the pages and asset files under {@code content/}, in a sorted, file-system-independent
 * order. Symbolic links are refused: nothing outside the source folder is ever read.
 */
public final class ContentReader {

    public static final String DIR = "content";
    static final int MAX_PAGE_BYTES = 1024 * 1024;

    /** What the content folder holds: pages, and other files copied as they are. */
    public record Content(List<PageSource> pages, List<String> assets) {
    }

    /** What content/ holds, without reading the files: page paths and asset paths, relative to content/. */
    public record Listing(List<String> pages, List<String> assets) {
    }

    public Content read(Path sourceDir, Diagnostics diagnostics) {
        Listing listing = list(sourceDir, diagnostics);
        List<PageSource> pages = new ArrayList<>();
        for (String page : listing.pages()) {
            readPage(sourceDir, page, diagnostics).ifPresent(pages::add);
        }
        return new Content(List.copyOf(pages), listing.assets());
    }

    public Listing list(Path sourceDir, Diagnostics diagnostics) {
        Path root = sourceDir.resolve(DIR);
        List<String> pages = new ArrayList<>();
        List<String> assets = new ArrayList<>();
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            diagnostics.error("content", SourcePosition.of(DIR), "no content/ folder in the source folder");
            return new Listing(pages, assets);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.sorted().toList();
        } catch (IOException e) {
            diagnostics.error("content", SourcePosition.of(DIR), "cannot list content/: " + e.getMessage());
            return new Listing(pages, assets);
        }
        for (Path path : files) {
            String relative = root.relativize(path).toString().replace('\\', '/');
            if (Files.isSymbolicLink(path)) {
                diagnostics.error("path", SourcePosition.of(DIR + "/" + relative),
                        "symbolic links are not followed: copy the file into content/");
            } else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) && relative.endsWith(".md")) {
                pages.add(relative);
            } else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) && !path.getFileName().toString().startsWith(".")) {
                assets.add(relative);
            }
        }
        return new Listing(List.copyOf(pages), List.copyOf(assets));
    }

    /** Reads one page, {@code relative} to content/ (as {@link #list} gives it). */
    public java.util.Optional<PageSource> readPage(Path sourceDir, String relative, Diagnostics diagnostics) {
        Path path = sourceDir.resolve(DIR).resolve(relative);
        String file = DIR + "/" + relative;
        try {
            if (Files.size(path) > MAX_PAGE_BYTES) {
                diagnostics.error("content", SourcePosition.of(file), "the page is larger than " + MAX_PAGE_BYTES / 1024
                        + " KiB: split it");
                return java.util.Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(path);
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            if (text.indexOf('\0') >= 0) {
                diagnostics.error("content", SourcePosition.of(file), "the page is binary (it contains a NUL byte)");
                return java.util.Optional.empty();
            }
            String id = relative.substring(0, relative.length() - ".md".length());
            return new FrontMatter().parse(id, file, text.replace("\r\n", "\n"), diagnostics);
        } catch (CharacterCodingException e) {
            diagnostics.error("content", SourcePosition.of(file), "the page is not valid UTF-8");
        } catch (IOException e) {
            diagnostics.error("content", SourcePosition.of(file), "cannot read: " + e.getMessage());
        }
        return java.util.Optional.empty();
    }
}
