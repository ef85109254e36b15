package com.sparkfabrik.handbook.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The search index's files as scripts, written on every core a batch at a time and handed on in the
 * order they were put: the index is made after all pages, when nothing else is left to run beside
 * it, and a batch at a time keeps only a few of its files in memory.
 */
final class IndexScripts {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int BATCH = 32;

    private record File(String name, Object data) {}

    private final String folder;
    private final BiConsumer<String, String> sink;
    private final List<File> pending = new ArrayList<>(BATCH);

    IndexScripts(String folder, BiConsumer<String, String> sink) {
        this.folder = folder;
        this.sink = sink;
    }

    /** Adds a file; {@code data} must not change afterwards. */
    void put(String name, Object data) {
        pending.add(new File(name, data));
        if (pending.size() == BATCH) {
            flush();
        }
    }

    /** Hands on every file put so far. */
    void flush() {
        List<String> scripts = pending.parallelStream().map(IndexScripts::script).toList();
        for (int i = 0; i < scripts.size(); i++) {
            sink.accept(folder + pending.get(i).name() + ".js", scripts.get(i));
        }
        pending.clear();
    }

    /**
     * A script handing one file's data to the page; {@code "</"} is escaped so no text can close
     * the script element early.
     */
    private static String script(File file) {
        try {
            return "HANDBOOK_SEARCH.loaded(\""
                    + file.name()
                    + "\","
                    + MAPPER.writeValueAsString(file.data()).replace("</", "<\\/")
                    + ");\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the index is plain values and always serializes", e);
        }
    }
}
