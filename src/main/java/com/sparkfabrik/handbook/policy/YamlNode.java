package com.sparkfabrik.handbook.policy;

import com.sparkfabrik.handbook.diag.SourcePosition;
import java.util.List;

/**
 * A YAML value as written, with its position. Scalars keep the exact text of the source, so nothing
 * is converted behind the author's back ({@code NO}, {@code 1.10}, {@code 0755}).
 */
sealed interface YamlNode {

    SourcePosition position();

    /** What YAML itself would resolve a scalar to; quoted scalars are always {@code STRING}. */
    enum ScalarKind {
        STRING,
        BOOLEAN,
        INTEGER,
        FLOAT,
        NULL
    }

    record Scalar(String text, ScalarKind kind, SourcePosition position) implements YamlNode {}

    record Sequence(List<YamlNode> items, SourcePosition position) implements YamlNode {}

    record Mapping(List<Entry> entries, SourcePosition position) implements YamlNode {

        /** The entry for {@code key}, or null. */
        Entry entry(String key) {
            for (Entry entry : entries) {
                if (entry.key().equals(key)) {
                    return entry;
                }
            }
            return null;
        }
    }

    record Entry(String key, SourcePosition keyPosition, YamlNode value) {}

    /** A short name for messages: "a string", "a list", "a map". */
    static String describe(YamlNode node) {
        if (node instanceof Sequence) {
            return "a list";
        }
        if (node instanceof Mapping) {
            return "a map";
        }
        return switch (((Scalar) node).kind()) {
            case STRING -> "a string";
            case BOOLEAN -> "a boolean";
            case INTEGER -> "an integer";
            case FLOAT -> "a number";
            case NULL -> "nothing";
        };
    }
}
