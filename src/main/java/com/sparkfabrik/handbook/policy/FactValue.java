package com.sparkfabrik.handbook.policy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A fact's typed value: one string, a list of strings, or an ordered map of strings. */
public sealed interface FactValue {

    /** Every string the value holds, in order (for the drift check and for search). */
    List<String> strings();

    /** "a", "a and b", "a, b and c". */
    static String joinWords(List<String> words) {
        if (words.size() <= 1) {
            return String.join("", words);
        }
        return String.join(", ", words.subList(0, words.size() - 1))
                + " and "
                + words.get(words.size() - 1);
    }

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
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        @Override
        public List<String> strings() {
            return List.copyOf(entries.values());
        }
    }
}
