package com.sparkfabrik.handbook.render;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything a build publishes, gathered in memory before anything is written: output path
 * (relative, forward slashes) to bytes, sorted so writing order never depends on the run.
 */
public final class SiteFiles {

    private final TreeMap<String, byte[]> files = new TreeMap<>();

    public void add(String path, byte[] bytes) {
        if (files.putIfAbsent(path, bytes) != null) {
            throw new IllegalStateException("two outputs for " + path);
        }
    }

    public void add(String path, String text) {
        add(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public boolean contains(String path) {
        return files.containsKey(path);
    }

    public Map<String, byte[]> all() {
        return Collections.unmodifiableMap(files);
    }
}
