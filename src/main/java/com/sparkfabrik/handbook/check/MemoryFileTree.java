package com.sparkfabrik.handbook.check;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A site held in memory by the build before it writes anything: pages by path, plus the other
 * files' paths.
 */
final class MemoryFileTree implements FileTree {

    private final Function<String, String> pages;
    private final Set<String> files = new HashSet<>();
    private final Set<String> directories = new HashSet<>();

    MemoryFileTree(Map<String, String> pages, Collection<String> otherFiles) {
        this(Map.copyOf(pages)::get, pages.keySet());
        otherFiles.forEach(this::addFile);
    }

    /** Every file of the site; {@code pages} gives an HTML page's text, null for other files. */
    MemoryFileTree(Function<String, String> pages, Collection<String> files) {
        this.pages = pages;
        directories.add("");
        files.forEach(this::addFile);
    }

    private void addFile(String path) {
        files.add(path);
        for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
            directories.add(path.substring(0, slash));
        }
    }

    @Override
    public boolean isFile(String path) {
        return files.contains(path);
    }

    @Override
    public boolean isDirectory(String path) {
        return directories.contains(path);
    }

    /** A page's HTML; null for the other files, whose content the build has not handed over. */
    @Override
    public String read(String path) {
        return pages.apply(path);
    }
}
