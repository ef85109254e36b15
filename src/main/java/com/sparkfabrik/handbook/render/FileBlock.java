package com.sparkfabrik.handbook.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Files claimed together, each made when first read: the dev server's pages, whose paths stay the
 * same from edit to edit while the contents of a few change. A block with the paths of an earlier
 * one shares its index of paths and folders, so claiming it again costs nothing per file.
 */
public final class FileBlock {

    static final FileBlock EMPTY = new FileBlock(List.of(), Map.of(), Set.of(), List.of());

    private final List<String> paths;
    private final Map<String, Integer> places;
    private final Set<String> folders;
    private final List<Supplier<byte[]>> contents;

    private FileBlock(
            List<String> paths,
            Map<String, Integer> places,
            Set<String> folders,
            List<Supplier<byte[]>> contents) {
        this.paths = paths;
        this.places = places;
        this.folders = folders;
        this.contents = contents;
    }

    /**
     * Files at {@code paths}, each made by the supplier at its place in {@code contents}, with the
     * index of {@code earlier} when the paths are its very ones (null: none).
     */
    public static FileBlock of(
            List<String> paths, List<Supplier<byte[]>> contents, FileBlock earlier) {
        if (earlier != null && earlier.paths.equals(paths)) {
            return new FileBlock(earlier.paths, earlier.places, earlier.folders, contents);
        }
        Map<String, Integer> places = new HashMap<>();
        Set<String> folders = new HashSet<>();
        for (String path : paths) {
            if (places.put(path, places.size()) != null) {
                throw new IllegalStateException("two outputs for " + path);
            }
            for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
                folders.add(path.substring(0, slash));
            }
        }
        for (String path : paths) {
            if (folders.contains(path)) {
                throw new IllegalStateException("two outputs for " + path);
            }
        }
        return new FileBlock(List.copyOf(paths), places, folders, List.copyOf(contents));
    }

    List<String> paths() {
        return paths;
    }

    /** The path of the file at {@code place}, in the order the block was made with. */
    public String pathAt(int place) {
        return paths.get(place);
    }

    /** What makes the file at {@code place}. */
    public Supplier<byte[]> contentAt(int place) {
        return contents.get(place);
    }

    boolean hasFile(Object path) {
        return places.containsKey(path);
    }

    boolean hasFolder(String path) {
        return folders.contains(path);
    }

    /** Whether a file at {@code path} would clash with one of the block's. */
    boolean clashes(String path) {
        return clashes(path, this::hasFile, this::hasFolder);
    }

    /**
     * Whether a file at {@code path} would clash with the files and folders named by {@code file}
     * and {@code folder}: it is one of them, or one of its folders is a file.
     */
    static boolean clashes(String path, Predicate<String> file, Predicate<String> folder) {
        if (file.test(path) || folder.test(path)) {
            return true;
        }
        for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
            if (file.test(path.substring(0, slash))) {
                return true;
            }
        }
        return false;
    }

    /** The file's content, or null when the block has no such file. */
    Supplier<byte[]> content(Object path) {
        Integer place = places.get(path);
        return place == null ? null : contents.get(place);
    }

    List<Map.Entry<String, Supplier<byte[]>>> entries() {
        List<Map.Entry<String, Supplier<byte[]>>> entries = new ArrayList<>(paths.size());
        for (int i = 0; i < paths.size(); i++) {
            entries.add(Map.entry(paths.get(i), contents.get(i)));
        }
        return entries;
    }

    public int size() {
        return paths.size();
    }
}
