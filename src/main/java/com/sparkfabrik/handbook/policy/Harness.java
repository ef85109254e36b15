package com.sparkfabrik.handbook.policy;

import com.sparkfabrik.handbook.diag.SourcePosition;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A harness (the program people use to work with the model) as a tool asks about it: its name, its
 * status and the facts that state it, the one stating the status first. The name may hold {@code
 * {fact:ID}} placeholders, as statements do, so a name a fact holds is written once.
 */
public record Harness(
        String id,
        String name,
        Status status,
        List<String> facts,
        SourcePosition position,
        Map<String, SourcePosition> fieldPositions) {

    public Harness {
        facts = List.copyOf(facts);
        fieldPositions = Map.copyOf(fieldPositions);
    }

    /** Where the value of {@code key} is written; the harness's id otherwise. */
    SourcePosition positionOf(String key) {
        return fieldPositions.getOrDefault(key, position);
    }

    /** The name split into text and placeholders; {@code {value}} has no fact of its own here. */
    List<StatementPart> nameParts() {
        return StatementPart.parse(name, "");
    }

    /** Whether people may use the harness under the organization's account. */
    public enum Status {
        AUTHORIZED,
        NOT_AUTHORIZED;

        public String yamlName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
