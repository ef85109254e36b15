package com.sparkfabrik.handbook.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    @Test
    void aBlockOfFilesIsClaimedTogetherAndMadeWhenRead() {
        OutputFiles files = new OutputFiles();
        files.add("404.html", "not found");
        FileBlock block =
                FileBlock.of(List.of("a/b.html", "c.html"), List.of(page("b"), page("c")), null);
        files.add(block);
        for (String clash : List.of("a/b.html", "a", "c.html", "c.html/d.html")) {
            assertThrows(IllegalStateException.class, () -> files.add(clash, "x"), clash);
            assertTrue(files.clashes(clash), clash);
        }
        files.add("a/e.html", "e");
        assertTrue(files.contains("a/b.html"));
        assertEquals(
                List.of("404.html", "a/b.html", "a/e.html", "c.html"), List.copyOf(files.paths()));
        assertEquals(0, made.get());
        Map<String, byte[]> all = files.all();
        assertEquals("c", new String(all.get("c.html"), StandardCharsets.UTF_8));
        assertEquals(1, made.get());
        assertEquals(Set.of("404.html", "a/b.html", "a/e.html", "c.html"), all.keySet());
        assertThrows(IllegalStateException.class, () -> files.add(block), "one block per build");
    }

    @Test
    void aBlockThatClashesIsRefused() {
        OutputFiles files = new OutputFiles();
        files.add("a", "a file where the block has a folder");
        assertThrows(
                IllegalStateException.class,
                () -> files.add(FileBlock.of(List.of("a/b.html"), List.of(page("b")), null)));
        assertThrows(
                IllegalStateException.class,
                () ->
                        FileBlock.of(
                                List.of("x.html", "x.html"), List.of(page("1"), page("2")), null));
        assertThrows(
                IllegalStateException.class,
                () -> FileBlock.of(List.of("x", "x/y.html"), List.of(page("1"), page("2")), null));
    }

    @Test
    void aBlockWithTheSamePathsTakesTheEarlierOnesIndexAndItsOwnContents() {
        FileBlock first = FileBlock.of(List.of("a/b.html"), List.of(page("old")), null);
        FileBlock again = FileBlock.of(List.of("a/b.html"), List.of(page("new")), first);
        FileBlock other = FileBlock.of(List.of("a/c.html"), List.of(page("c")), first);
        OutputFiles files = new OutputFiles();
        files.add(again);
        assertEquals("new", new String(files.all().get("a/b.html"), StandardCharsets.UTF_8));
        OutputFiles others = new OutputFiles();
        others.add(other);
        assertEquals(Set.of("a/c.html"), others.all().keySet());
    }
}
