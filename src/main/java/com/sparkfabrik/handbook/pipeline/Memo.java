package com.sparkfabrik.handbook.pipeline;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The one memory of the pipeline: for each slot (the policy, a page's rendering, a page's layout),
 * the value last made there and the key it was made from. A value is reused only when the key it
 * was made from equals the key of now: records compared field by field and content digests, never
 * object identity or hash codes alone. A full build starts with an empty memo and gets what the dev
 * server's long-lived one gives, so incremental equals full by construction. A run drops the slots
 * it did not use (a deleted page's).
 */
final class Memo {

    private record Entry(Object key, Object value) {}

    /** The keys of a value made by {@link #get(Object, Object, Function, Function)}. */
    private record Keys(Object quick, Object full) {}

    /** The slot of one item in a stage (a page's layout): no string made per page and run. */
    private record Slot(String stage, String item) {}

    private final Map<Object, Entry> entries = new ConcurrentHashMap<>();
    private final Set<Object> used = ConcurrentHashMap.newKeySet();
    private final boolean keeps;
    private volatile boolean sweeps = true;

    /** {@code keeps}: remember values for later runs; a one-off build remembers nothing. */
    Memo(boolean keeps) {
        this.keeps = keeps;
    }

    /**
     * Starts a run; with {@code sweeps}, it ends by dropping the slots it did not use. A run that
     * cannot have lost a page (only edits of pages it had) need not: the slots of its pages are all
     * still used, and keeping track of them costs a set of every page's slots.
     */
    void startRun(boolean sweeps) {
        this.sweeps = sweeps;
    }

    /** The slot of {@code item} (a page's source file) in {@code stage}. */
    static Object slot(String stage, String item) {
        return new Slot(stage, item);
    }

    /** Whether values are remembered for later runs (the dev server's), or made only once. */
    boolean keeps() {
        return keeps;
    }

    /** The value of {@code slot} if it was made from a key equal to {@code key}, else made now. */
    <K, V> V get(Object slot, K key, Function<K, V> make) {
        use(slot);
        Entry entry = entries.get(slot);
        if (entry != null && entry.key().equals(key)) {
            @SuppressWarnings("unchecked")
            V value = (V) entry.value();
            return value;
        }
        V value = make.apply(key);
        put(slot, key, value);
        return value;
    }

    /**
     * For a stage with a quick key and a full one that costs more to make: the value of {@code
     * slot} if it was made from a quick key equal to {@code quick}, or else from a full key equal
     * to {@code full} of it (made only then), else made now. The dev server checks most pages by
     * the quick key; a page whose quick key changed but whose full key did not is not made again.
     */
    <Q, K, V> V get(Object slot, Q quick, Function<Q, K> full, Function<K, V> make) {
        use(slot);
        Entry entry = entries.get(slot);
        Keys keys = entry != null && entry.key() instanceof Keys k ? k : null;
        if (keys != null && keys.quick().equals(quick)) {
            @SuppressWarnings("unchecked")
            V value = (V) entry.value();
            return value;
        }
        K fullKey = full.apply(quick);
        @SuppressWarnings("unchecked")
        V value =
                keys != null && keys.full().equals(fullKey)
                        ? (V) entry.value()
                        : make.apply(fullKey);
        put(slot, new Keys(quick, fullKey), value);
        return value;
    }

    /**
     * The value last made in {@code slot}, or null: for a stage whose key is known only once the
     * value is made (a page's rendering depends on the facts it turns out to use), which checks the
     * value's own record of its inputs.
     */
    <V> V last(Object slot, Class<V> type) {
        use(slot);
        Entry entry = entries.get(slot);
        return entry == null ? null : type.cast(entry.value());
    }

    /**
     * The value last made in {@code slot}, when this run keeps every slot the last one had (no page
     * can have gone), else null: a stage takes from it, position by position, the value of each
     * page whose inputs are the very ones that value was made from, without looking up each page's
     * slot. A value whose input is the same instance was made from an equal one: identity here only
     * short-cuts an equality that holds.
     */
    <V> V lastRun(Object slot, Class<V> type) {
        return sweeps ? null : last(slot, type);
    }

    <K, V> void put(Object slot, K key, V value) {
        use(slot);
        if (keeps) {
            entries.put(slot, new Entry(key, value));
        }
    }

    /**
     * Replaces the value of {@code slot}, keeping the key it was made from: for a value that
     * records an input its key leaves out, brought up to date in that input (a page's revision).
     */
    <V> void replace(Object slot, V value) {
        use(slot);
        if (keeps) {
            entries.computeIfPresent(slot, (s, entry) -> new Entry(entry.key(), value));
        }
    }

    /** Ends a run: forgets the slots it did not use, if it keeps track of them. */
    void sweep() {
        if (sweeps) {
            entries.keySet().retainAll(used);
        }
        used.clear();
    }

    private void use(Object slot) {
        if (sweeps) {
            used.add(slot);
        }
    }
}
