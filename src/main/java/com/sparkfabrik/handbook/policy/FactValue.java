package com.sparkfabrik.handbook.policy;

import java.util.List;
import java.util.Map;

/** A fact's typed value: one string, a list of strings, or an ordered map of strings. */
public sealed interface FactValue {

    /** Every string the value holds, in order (for the drift check and for search). */
    List<String> strings();

    record Scalar(String text) implements FactValue {
        @Override
        public List<String> strings() {
            return List.of(text);
        }
    }

    record ListValue(List<String> items) implements FactValue {
        public ListValue {
            items = List.copyOf(items);
        }

        @Override
        public List<String> strings() {
            return items;
        }
    }

    /** Keeps the order of policy.yaml. */
    record MapValue(Map<String, String> entries) implements FactValue {
        public MapValue {
            entries = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entries));
        }

        @Override
        public List<String> strings() {
            return List.copyOf(entries.values());
        }
    }
}
