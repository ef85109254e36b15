package com.sparkfabrik.handbook.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Files kept in memory are made when first read; files handed on are made at once. */
class OutputFilesTest {

    private final AtomicInteger made = new AtomicInteger();

    private Supplier<byte[]> page(String text) {
        return () -> {
            made.incrementAndGet();
            return text.getBytes(StandardCharsets.UTF_8);
        };
    }

    @Test
    void aKeptFileIsMadeOnlyWhenItIsRead() {
        OutputFiles files = new OutputFiles();
        files.add("a.html", page("a"));
        files.add("b.html", page("b"));
        files.add("c.css", "c");
        Map<String, byte[]> all = files.all();
        assertEquals(3, all.size());
        assertTrue(all.containsKey("b.html"));
        assertEquals(0, made.get(), "listing and asking for a path make nothing");
        assertArrayEquals("a".getBytes(StandardCharsets.UTF_8), all.get("a.html"));
        assertEquals(1, made.get());
        assertEquals(
                Map.of("a.html", "a", "b.html", "b", "c.css", "c"),
                Map.copyOf(
                        all.entrySet().stream()
                                .collect(
                                        Collectors.toMap(
                                                Map.Entry::getKey,
                                                e ->
                                                        new String(
                                                                e.getValue(),
                                                                StandardCharsets.UTF_8)))));
    }

    @Test
    void aFileHandedOnIsMadeAtOnce() {
        List<String> written = new ArrayList<>();
        OutputFiles files =
                new OutputFiles(
                        (path, bytes) ->
                                written.add(path + "=" + new String(bytes, StandardCharsets.UTF_8)),
                        false);
        files.add("a.html", page("a"));
        assertEquals(1, made.get());
        assertEquals(List.of("a.html=a"), written);
        assertEquals(Map.of(), files.all());
    }

    @Test
    void aMadeLaterFileStillClaimsItsPath() {
        OutputFiles files = new OutputFiles();
        files.add("a/b.html", page("b"));
        assertThrows(IllegalStateException.class, () -> files.add("a/b.html", "again"));
        assertThrows(IllegalStateException.class, () -> files.add("a", page("a")));
        assertEquals(0, made.get());
    }

    @Test
    void aFileAndAFolderNeverShareAPath() {
        OutputFiles files = new OutputFiles();
        files.add("x/y/z.html", "z");
        files.add("x/y/w/v.html", "v");
        files.add("x/q.html", "q");
        files.add("x/y/u.html", "u");
        for (String folder : List.of("x", "x/y", "x/y/w")) {
            assertThrows(IllegalStateException.class, () -> files.add(folder, "a file"), folder);
            assertTrue(files.clashes(folder), folder);
        }
        files.add("m/n.html", "n");
        for (String under : List.of("m/n.html/o.html", "m/n.html/p/q.html")) {
            assertThrows(IllegalStateException.class, () -> files.add(under, "below"), under);
            assertTrue(files.clashes(under), under);
        }
        // a refused file is not among the paths
        assertEquals(
                List.of("m/n.html", "x/q.html", "x/y/u.html", "x/y/w/v.html", "x/y/z.html"),
                List.copyOf(files.paths()));
    }
}
