package com.sparkfabrik.handbook.history;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** A fact value (a string, a list of strings or a map of strings) as one line of text. */
final class ValueText {

    private ValueText() {}

    static String of(JsonNode value) {
        if (value.isTextual()) {
            return value.textValue();
        }
        List<String> parts = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(item -> parts.add(item.asText()));
        } else {
            value.properties().forEach(e -> parts.add(e.getKey() + ": " + e.getValue().asText()));
        }
        return String.join(", ", parts);
    }
}
