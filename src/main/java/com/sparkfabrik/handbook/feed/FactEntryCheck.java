package com.sparkfabrik.handbook.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.sparkfabrik.handbook.diag.Diagnostics;
import com.sparkfabrik.handbook.policy.Fact;
import com.sparkfabrik.handbook.policy.Policy;
import java.util.Iterator;
import java.util.Locale;

/**
 * The breaking-change checks of one fact that both feeds hold: a field lost, its type changed, the
 * JSON type of its value changed (errors at the fact's line), a key lost from a map value (a
 * warning).
 */
final class FactEntryCheck {

    private final Policy policy;
    private final Diagnostics diagnostics;

    FactEntryCheck(Policy policy, Diagnostics diagnostics) {
        this.policy = policy;
        this.diagnostics = diagnostics;
    }

    void check(String id, JsonNode before, JsonNode after) {
        Fact fact =
                policy.fact(id)
                        .orElseThrow(
                                () ->
                                        new IllegalArgumentException(
                                                "the feed is not of this policy: " + id));
        for (Iterator<String> it = before.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            // last_changed needs the history; duration goes with a type change, reported below
            if (!after.has(field) && !field.equals("last_changed") && !field.equals("duration")) {
                diagnostics.error(
                        FeedCompatibility.RULE,
                        fact.position(),
                        "fact '"
                                + id
                                + "' lost its field '"
                                + field
                                + "': removing a field breaks feed consumers "
                                + BreakingChanges.NEW_MAJOR);
            }
        }
        String oldType = before.path("type").asText();
        String newType = after.path("type").asText();
        if (before.has("type") && !oldType.equals(newType)) {
            diagnostics.error(
                    FeedCompatibility.RULE,
                    fact.positionOf("type"),
                    "fact '"
                            + id
                            + "' changed type from '"
                            + oldType
                            + "' to '"
                            + newType
                            + "': changing a fact's type breaks feed consumers (add a new fact instead)");
        }
        JsonNode oldValue = before.path("value");
        JsonNode newValue = after.path("value");
        if (before.has("value") && oldValue.getNodeType() != newValue.getNodeType()) {
            diagnostics.error(
                    FeedCompatibility.RULE,
                    fact.positionOf("value"),
                    "the value of fact '"
                            + id
                            + "' changed from "
                            + kind(oldValue)
                            + " to "
                            + kind(newValue)
                            + ": changing the JSON type of a value breaks feed consumers (add a new fact instead)");
        } else if (oldValue.isObject()) {
            for (Iterator<String> it = oldValue.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!newValue.has(key)) {
                    diagnostics.warning(
                            FeedCompatibility.RULE,
                            fact.positionOf("value"),
                            "the value of fact '"
                                    + id
                                    + "' lost its key '"
                                    + key
                                    + "': consumers reading it get nothing");
                }
            }
        }
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case STRING -> "a string";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case MISSING -> "nothing";
            default -> "a " + node.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }
}
