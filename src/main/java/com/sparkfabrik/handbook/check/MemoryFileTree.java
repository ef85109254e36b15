package com.sparkfabrik.handbook.check;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A site held in memory by the build before it writes anything: pages by path, plus the other
 * files' paths.
 */
final class MemoryFileTree implements FileTree {

    private final Map<String, String> pages;
    private final Set<String> files = new HashSet<>();
    private final Set<String> directories = new HashSet<>();

    MemoryFileTree(Map<String, String> pages, Collection<String> otherFiles) {
        this.pages = Map.copyOf(pages);
        directories.add("");
        pages.keySet().forEach(this::addFile);
        otherFiles.forEach(this::addFile);
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
        return pages.get(path);
    }
}
