package com.sparkfabrik.handbook.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Every file a build publishes, by output path (relative, forward slashes): each handed on as it is
 * made to a {@link Destination} (a staging folder), or kept in memory (for the dev server and the
 * tests). The paths, and the folders they are in, are kept either way, to refuse two files at one
 * path; hashed, not sorted, since the dev server makes every page's set again after each edit.
 */
public final class OutputFiles {

    /** Where files go as they are made; thread-safe, since pages are laid out in parallel. */
    public interface Destination {
        void write(String path, byte[] bytes);
    }

    private final Set<String> paths = ConcurrentHashMap.newKeySet();
    private final Set<String> folders = ConcurrentHashMap.newKeySet();
    // a file's bytes, or what makes them when first read
    private final Map<String, Object> kept = new ConcurrentHashMap<>();
    // files claimed together, beside those claimed one by one
    private volatile FileBlock block = FileBlock.EMPTY;
    private final Destination destination;
    private final boolean keep;

    /** Files kept in memory. */
    public OutputFiles() {
        this(null, true);
    }

    /** Files handed to {@code destination} (if not null) and, if {@code keep}, kept in memory. */
    public OutputFiles(Destination destination, boolean keep) {
        this.destination = destination;
        this.keep = keep;
    }

    public void add(String path, byte[] bytes) {
        claim(path, bytes);
        if (destination != null) {
            destination.write(path, bytes);
        }
    }

    /**
     * A file made only when first read if it is only kept in memory (the dev server's pages, most
     * of which nobody asks for before the next edit); made at once to be handed on.
     */
    public void add(String path, Supplier<byte[]> content) {
        if (destination != null) {
            add(path, content.get());
        } else {
            claim(path, content);
        }
    }

    /**
     * Adds a block of files, before any file that may clash with one of them (the pages, before the
     * files beside them): a file claimed before is only checked, not indexed again. Files handed on
     * are handed on one by one.
     */
    public void add(FileBlock files) {
        if (destination != null) {
            List<Map.Entry<String, Supplier<byte[]>>> entries = files.entries();
            entries.forEach(file -> add(file.getKey(), file.getValue()));
            return;
        }
        synchronized (this) {
            if (block != FileBlock.EMPTY) {
                throw new IllegalStateException("one block of files per build");
            }
            for (String path : paths) {
                if (files.clashes(path)) {
                    throw new IllegalStateException("two outputs for " + path);
                }
            }
            for (String folder : folders) {
                if (files.hasFile(folder)) {
                    throw new IllegalStateException("two outputs for " + folder);
                }
            }
            block = files;
        }
    }

    /**
     * Claims {@code path} for one file, without a lock: of two claims that clash, the later one
     * sees the earlier, since each adds what it claims before it looks for the other. A refused
     * claim takes back what it added.
     */
    private void claim(String path, Object content) {
        FileBlock block = this.block;
        if (block.hasFile(path) || !paths.add(path)) {
            throw new IllegalStateException("two outputs for " + path);
        }
        List<String> added = new ArrayList<>(1);
        boolean clash = folders.contains(path) || block.hasFolder(path);
        for (int slash = path.lastIndexOf('/');
                slash > 0 && !clash;
                slash = path.lastIndexOf('/', slash - 1)) {
            String folder = path.substring(0, slash);
            if (block.hasFolder(folder) || !folders.add(folder)) {
                // a folder of the block, whose folders it checked, or claimed for another file,
                // whose claim looks at the folders above it
                break;
            }
            added.add(folder);
            clash = paths.contains(folder) || block.hasFile(folder);
        }
        if (clash) {
            folders.removeAll(added);
            paths.remove(path);
            throw new IllegalStateException("two outputs for " + path);
        }
        if (keep) {
            kept.put(path, content);
        }
    }

    public void add(String path, String text) {
        add(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public boolean contains(String path) {
        return paths.contains(path) || block.hasFile(path);
    }

    /**
     * True when {@code path} cannot be added: it is taken, it is the folder of a file already there
     * ({@code assets} beside {@code assets/style.css}), or one of its folders is a file.
     */
    public boolean clashes(String path) {
        return FileBlock.clashes(path, paths::contains, folders::contains) || block.clashes(path);
    }

    /** The path of every file, sorted. */
    public NavigableSet<String> paths() {
        TreeSet<String> all = new TreeSet<>(paths);
        all.addAll(block.paths());
        return Collections.unmodifiableNavigableSet(all);
    }

    /**
     * The files kept in memory, by path: all of them, unless they were only handed on. A file is
     * made when it is first read from the map.
     */
    public Map<String, byte[]> all() {
        return new KeptFiles(kept, block);
    }
}
