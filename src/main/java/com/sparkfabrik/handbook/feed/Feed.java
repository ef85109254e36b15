package com.sparkfabrik.handbook.feed;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The policy feed, ready to write: its content, the revision computed over that content, (when the
 * build compared against a previously published feed) what changed since, and (when the build read
 * the git history) each fact's last change. Neither of the last two counts in the revision: the
 * same policy has the same revision whether or not the history was at hand. Only {@link #of} makes
 * one, so the revision always matches the content and is computed once: a copy with changes keeps
 * it.
 */
public final class Feed {

    private final FeedContent content;
    private final String revision;
    private final Optional<Changes> changes;
    private final Map<String, LastChange> lastChanges;

    private Feed(
            FeedContent content,
            String revision,
            Optional<Changes> changes,
            Map<String, LastChange> lastChanges) {
        this.content = content;
        this.revision = revision;
        this.changes = changes;
        this.lastChanges = Collections.unmodifiableMap(new LinkedHashMap<>(lastChanges));
    }

    /** The feed of {@code content}, its revision computed, no change list. */
    public static Feed of(FeedContent content) {
        return new Feed(content, FeedJson.revision(content), Optional.empty(), Map.of());
    }

    public Feed withChanges(Changes newChanges) {
        return new Feed(content, revision, Optional.of(newChanges), lastChanges);
    }

    /** The same feed with each listed fact's last change, by fact id. */
    public Feed withLastChanges(Map<String, LastChange> newLastChanges) {
        return new Feed(content, revision, changes, newLastChanges);
    }

    public FeedContent content() {
        return content;
    }

    public String revision() {
        return revision;
    }

    public Optional<Changes> changes() {
        return changes;
    }

    public Map<String, LastChange> lastChanges() {
        return lastChanges;
    }

    /** {@code last_changed} of a fact: the date and short id of the commit that last changed it. */
    public record LastChange(String date, String revision) {}

    /** The JSON document, keys in the published order; a fresh tree on every call. */
    public ObjectNode toJson() {
        return FeedJson.tree(this);
    }

    /**
     * {@code changes}: fact ids added, changed and removed since the feed of revision {@code
     * previous}.
     */
    public record Changes(
            String previous, List<String> added, List<String> changed, List<String> removed) {
        public Changes {
            added = List.copyOf(added);
            changed = List.copyOf(changed);
            removed = List.copyOf(removed);
        }
    }
}
