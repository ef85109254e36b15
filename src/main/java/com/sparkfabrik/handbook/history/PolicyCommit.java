package com.sparkfabrik.handbook.history;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A commit that changed the policy: its full and short id, its commit time, and the fact-level
 * changes it made ({@code first} when it is the first version history shows, so every fact is new).
 */
public record PolicyCommit(
        String id, String shortId, Instant time, boolean first, List<FactChange> changes) {

    public PolicyCommit {
        changes = List.copyOf(changes);
    }

    /** The commit's date in UTC, whatever the machine's time zone. */
    public LocalDate date() {
        return time.atOffset(ZoneOffset.UTC).toLocalDate();
    }

    public boolean breaking() {
        return changes.stream().anyMatch(FactChange::breaking);
    }
}
