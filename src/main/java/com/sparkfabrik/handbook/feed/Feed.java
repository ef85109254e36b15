package com.sparkfabrik.handbook.feed;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/**
 * The policy feed, ready to write: its content, the revision computed over that content, and (when
 * the build compared against a previously published feed) what changed since.
 */
public record Feed(FeedContent content, String revision, Optional<Changes> changes) {

    public Feed {
        String expected = FeedJson.revision(content);
        if (!revision.equals(expected)) {
            throw new IllegalArgumentException(
                    "revision " + revision + " does not match the content (" + expected + ")");
        }
    }

    /** The feed of {@code content}, its revision computed, no change list. */
    public static Feed of(FeedContent content) {
        return new Feed(content, FeedJson.revision(content), Optional.empty());
    }

    public Feed withChanges(Changes newChanges) {
        return new Feed(content, revision, Optional.of(newChanges));
    }

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
