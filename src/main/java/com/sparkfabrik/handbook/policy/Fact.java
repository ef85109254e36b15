package com.sparkfabrik.handbook.policy;

import com.sparkfabrik.handbook.diag.SourcePosition;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One policy fact. {@code position} is where its id was written; {@code fieldPositions} holds where
 * each value of the fact was written, so a later check can point at the exact line of {@code page:}
 * or {@code anchor:}. {@code since} and {@code reviewBy} are never null: a fact without its own
 * dates has the policy's.
 */
public record Fact(
        String id,
        Level level,
        ValueType type,
        FactValue value,
        String statement,
        String page,
        String anchor,
        List<String> contacts,
        boolean tldr,
        int tldrOrder,
        LocalDate since,
        LocalDate reviewBy,
        List<Reference> references,
        SourcePosition position,
        Map<String, SourcePosition> fieldPositions) {

    public Fact {
        contacts = List.copyOf(contacts);
        references = List.copyOf(references);
        fieldPositions = Map.copyOf(fieldPositions);
    }

    /** Where a key of this fact was written; the fact's own position if the key is absent. */
    public SourcePosition positionOf(String key) {
        return fieldPositions.getOrDefault(key, position);
    }

    /** The statement split into text and placeholders. */
    public List<StatementPart> statementParts() {
        return StatementPart.parse(statement, id);
    }

    /**
     * The value alone, as plain text (headings, search, the feed's summary): a duration in words, a
     * list as "a, b and c", a map as "k: v; k2: v2".
     */
    public String valueText() {
        if (value instanceof FactValue.Scalar s) {
            return type == ValueType.DURATION ? Durations.describe(s.text()) : s.text();
        }
        if (value instanceof FactValue.ListValue l) {
            return FactValue.joinWords(l.items());
        }
        return ((FactValue.MapValue) value)
                .entries().entrySet().stream()
                        .map(e -> e.getKey() + ": " + e.getValue())
                        .collect(Collectors.joining("; "));
    }

    /** The fragment id of the fact's own marker in the HTML: dots become dashes. */
    public String markerId() {
        return "fact-" + id.replace('.', '-');
    }

    /** The first segment of the id: {@code harness.opencode} is in area {@code harness}. */
    public String area() {
        int dot = id.indexOf('.');
        return dot < 0 ? id : id.substring(0, dot);
    }
}
