package com.sparkfabrik.handbook.history;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One fact-level change between two versions of the policy. {@code id} is the fact's id in the
 * newer version (the old id for a removal); {@code previousId} differs from it only for a rename.
 * {@code before} and {@code after} are what a reader compares: empty for an added fact and a
 * removed one respectively.
 */
public record FactChange(
        Kind kind,
        String id,
        String previousId,
        Optional<Version> before,
        Optional<Version> after) {

    /** What happened to the fact. */
    public enum Kind {
        ADDED,
        REMOVED,
        RENAMED,
        CHANGED;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A fact as the feed publishes it: level, type, value (JSON, as in {@code policy.json}) and the
     * plain-text statement.
     */
    public record Version(String level, String type, JsonNode value, String statement) {

        public Version {
            value = value.deepCopy();
        }

        @Override
        public JsonNode value() {
            return value.deepCopy();
        }

        /** The value as one line: list items and map entries separated by commas. */
        public String valueText() {
            return ValueText.of(value);
        }
    }

    /**
     * Whether consumers of the feed break: a removal, a rename, a new type or a new JSON type of
     * the value.
     */
    public boolean breaking() {
        return switch (kind) {
            case REMOVED, RENAMED -> true;
            case ADDED -> false;
            case CHANGED ->
                    !before.get().type().equals(after.get().type())
                            || before.get().value().getNodeType()
                                    != after.get().value().getNodeType();
        };
    }

    /** Which of level, type, value and statement differ (all of them for an add or remove). */
    public List<String> changedFields() {
        if (before.isEmpty() || after.isEmpty()) {
            return List.of();
        }
        Version b = before.get();
        Version a = after.get();
        List<String> fields = new ArrayList<>();
        if (!b.level().equals(a.level())) {
            fields.add("level");
        }
        if (!b.type().equals(a.type())) {
            fields.add("type");
        }
        if (!b.value().equals(a.value())) {
            fields.add("value");
        }
        if (!b.statement().equals(a.statement())) {
            fields.add("statement");
        }
        return List.copyOf(fields);
    }
}
