package com.sparkfabrik.handbook.render;

import java.util.List;
import java.util.Map;

/**
 * The policy's history as the site shows it: the commits that changed facts, newest first, for the
 * What changed page; for every fact section ({@code page#anchor}) its newest change; and whether an
 * Atom feed of the changes is published. Empty when there is no history.
 */
public record ChangeLog(List<Entry> entries, Map<String, Entry> sections, boolean atom) {

    public ChangeLog {
        entries = List.copyOf(entries);
        sections = Map.copyOf(sections);
    }

    public static ChangeLog none() {
        return new ChangeLog(List.of(), Map.of(), false);
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /**
     * One commit: its date, short id and fact changes; {@code first} for the first version shown,
     * whose facts are all new (the page says how many rather than listing them).
     */
    public record Entry(String date, String revision, boolean first, List<Item> items) {
        public Entry {
            items = List.copyOf(items);
        }

        /** The id of the entry's heading on the What changed page. */
        public String anchor() {
            return "change-" + revision;
        }
    }

    /**
     * One fact change: {@code kind} (added, removed, renamed, changed), the fact, where the site
     * details it ({@code page.html#anchor}; empty for a removed fact), the value before and after
     * (empty when there is none) and the statement as it now reads (or last read).
     */
    public record Item(
            String kind,
            String factId,
            String previousId,
            String href,
            String before,
            String after,
            String statement) {}
}
