package com.sparkfabrik.handbook.serve;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * What the server shows: the files of the last good build, those of one folder made after it (the
 * search index) in place of the build's, and the diagnostics of the latest build (empty when it
 * succeeded). A failed build keeps the last good files.
 */
record Snapshot(
        Map<String, byte[]> files,
        String folder,
        Map<String, byte[]> folderFiles,
        List<String> errors,
        long version) {

    Snapshot {
        // a build's file map is never changed once made: keep it, read-only, instead of copying
        files = Collections.unmodifiableMap(files);
        folderFiles = Collections.unmodifiableMap(folderFiles);
        errors = List.copyOf(errors);
    }

    static Snapshot empty() {
        return new Snapshot(Map.of(), "", Map.of(), List.of(), 0);
    }

    /** The file at {@code path}, or null. */
    byte[] file(String path) {
        return !folder.isEmpty() && path.startsWith(folder)
                ? folderFiles.get(path)
                : files.get(path);
    }

    Snapshot withFiles(Map<String, byte[]> newFiles, List<String> newErrors) {
        return new Snapshot(newFiles, folder, folderFiles, newErrors, version + 1);
    }

    Snapshot withErrors(List<String> newErrors) {
        return new Snapshot(files, folder, folderFiles, newErrors, version);
    }

    Snapshot withFolder(String newFolder, Map<String, byte[]> newFolderFiles) {
        return new Snapshot(files, newFolder, newFolderFiles, errors, version);
    }
}
