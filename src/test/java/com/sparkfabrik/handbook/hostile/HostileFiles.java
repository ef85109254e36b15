package com.sparkfabrik.handbook.hostile;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntFunction;

/** Hostile files written into a copy of the minimal site: large, deep, or not text at all. */
final class HostileFiles {

    static final int MIB = 1024 * 1024;

    private HostileFiles() {}

    /** The page {@code content/deep.md} with {@code body} under its front matter. */
    static HostileRuns.Input deepPage(String body) {
        return site -> write(site, "content/deep.md", page("Deep", body));
    }

    static String page(String title, String body) {
        return "---\ntitle: " + title + "\n---\n" + body;
    }

    static String lines(int n, IntFunction<String> line) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append(line.apply(i));
        }
        return out.toString();
    }

    static String indented(int depth, String item) {
        return indentedBy(depth, 1, item);
    }

    static String indentedBy(int depth, int width, String item) {
        return lines(depth, i -> " ".repeat(i * width) + item + "\n");
    }

    static void write(Path site, String file, String text) throws IOException {
        Files.createDirectories(site.resolve(file).getParent());
        Files.writeString(site.resolve(file), text);
    }

    static void bytes(Path site, String file, String text) throws IOException {
        Files.write(site.resolve(file), text.getBytes(StandardCharsets.UTF_8));
    }

    static void raw(Path site, String file, byte[] head, byte[] tail) throws IOException {
        byte[] all = new byte[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        Files.write(site.resolve(file), all);
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    static void replaceInPolicy(Path site, String from, String to) throws IOException {
        Path policy = site.resolve("policy.yaml");
        String text = Files.readString(policy);
        if (!text.contains(from)) {
            throw new IllegalStateException("the minimal policy has no '" + from + "'");
        }
        Files.writeString(policy, text.replace(from, to));
    }

    /**
     * A file of {@code head} then {@code line} repeated up to {@code size} bytes, written in
     * chunks.
     */
    static void repeat(Path file, String head, String line, int size) throws IOException {
        byte[] chunk = line.repeat(64 * 1024 / line.length()).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(head.getBytes(StandardCharsets.UTF_8));
            for (long written = head.length(); written < size; written += chunk.length) {
                out.write(chunk);
            }
        }
    }

    static void sparse(Path file, long size) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(size);
        }
    }
}
