package com.sparkfabrik.handbook.render;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything a build publishes, gathered in memory before anything is written: output path
 * (relative, forward slashes) to bytes, sorted so writing order never depends on the run.
 */
public final class OutputFiles {

    private final TreeMap<String, byte[]> files = new TreeMap<>();

    public void add(String path, byte[] bytes) {
        if (clashes(path)) {
            throw new IllegalStateException("two outputs for " + path);
        }
        files.put(path, bytes);
    }

    public void add(String path, String text) {
        add(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public boolean contains(String path) {
        return files.containsKey(path);
    }

    /**
     * True when {@code path} cannot be added: it is taken, it is the folder of a file already there
     * ({@code assets} beside {@code assets/style.css}), or one of its folders is a file.
     */
    public boolean clashes(String path) {
        if (files.containsKey(path)) {
            return true;
        }
        String next = files.ceilingKey(path + "/");
        if (next != null && next.startsWith(path + "/")) {
            return true;
        }
        for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
            if (files.containsKey(path.substring(0, slash))) {
                return true;
            }
        }
        return false;
    }

    public Map<String, byte[]> all() {
        return Collections.unmodifiableMap(files);
    }
}
