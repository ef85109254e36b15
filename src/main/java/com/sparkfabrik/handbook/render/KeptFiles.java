package com.sparkfabrik.handbook.render;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The files kept in memory, as a read-only map by path that makes each file when read: those
 * claimed one by one, and a block claimed together.
 */
final class KeptFiles extends AbstractMap<String, byte[]> {

    private final Map<String, Object> kept;
    private final FileBlock block;

    KeptFiles(Map<String, Object> kept, FileBlock block) {
        this.kept = kept;
        this.block = block;
    }

    @Override
    public byte[] get(Object path) {
        Object content = kept.get(path);
        return bytes(content != null ? content : block.content(path));
    }

    @Override
    public boolean containsKey(Object path) {
        return kept.containsKey(path) || block.hasFile(path);
    }

    @Override
    public int size() {
        return kept.size() + block.size();
    }

    @Override
    public Set<Map.Entry<String, byte[]>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, byte[]>> iterator() {
                return Stream.concat(kept.entrySet().stream(), block.entries().stream())
                        .map(entry -> Map.entry(entry.getKey(), bytes(entry.getValue())))
                        .iterator();
            }

            @Override
            public int size() {
                return KeptFiles.this.size();
            }
        };
    }

    private static byte[] bytes(Object content) {
        if (content instanceof Supplier<?> made) {
            return (byte[]) made.get();
        }
        return (byte[]) content;
    }
}
