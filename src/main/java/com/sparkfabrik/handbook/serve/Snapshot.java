package com.sparkfabrik.handbook.serve;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * What the server shows: the files of the last good build, and the diagnostics of the latest build
 * (empty when it succeeded). A failed build keeps the last good files.
 */
record Snapshot(Map<String, byte[]> files, List<String> errors, long version) {

    Snapshot {
        // a build's file map is never changed once made: keep it, read-only, instead of copying
        files = Collections.unmodifiableMap(files);
        errors = List.copyOf(errors);
    }

    static Snapshot empty() {
        return new Snapshot(Map.of(), List.of(), 0);
    }
}
