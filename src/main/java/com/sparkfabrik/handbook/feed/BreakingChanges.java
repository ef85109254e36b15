package com.sparkfabrik.handbook.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.sparkfabrik.handbook.diag.Diagnostics;
import com.sparkfabrik.handbook.diag.SourcePosition;
import com.sparkfabrik.handbook.diag.Suggestions;
import com.sparkfabrik.handbook.policy.Fact;
import com.sparkfabrik.handbook.policy.Harness;
import com.sparkfabrik.handbook.policy.Policy;
import com.sparkfabrik.handbook.policy.PolicyLoader;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The breaking-change checks of one comparison within a major version that look at the feed as a
 * whole: the schema narrowed, a field of the document lost, a fact or a harness removed. Each is an
 * error at the policy.yaml position the author edits.
 */
final class BreakingChanges {

    static final String NEW_MAJOR = "(publish a new major version instead)";

    private final Policy policy;
    private final Diagnostics diagnostics;

    BreakingChanges(Policy policy, Diagnostics diagnostics) {
        this.policy = policy;
        this.diagnostics = diagnostics;
    }

    void removedFact(String id, List<String> added) {
        removed(
                "fact",
                id,
                added,
                newId -> policy.fact(newId).map(Fact::position),
                SourcePosition.of(PolicyLoader.FILE));
    }

    /**
     * Every harness of the previous feed the new one lacks, reported at the {@code harnesses:} key,
     * since the harness's own line is gone.
     */
    void removedHarnesses(JsonNode before, JsonNode after) {
        Map<String, JsonNode> oldHarnesses = FeedJson.entriesById(before, "harnesses");
        Map<String, JsonNode> newHarnesses = FeedJson.entriesById(after, "harnesses");
        List<String> added =
                newHarnesses.keySet().stream().filter(id -> !oldHarnesses.containsKey(id)).toList();
        for (String id : oldHarnesses.keySet()) {
            if (!newHarnesses.containsKey(id)) {
                removed(
                        "harness",
                        id,
                        added,
                        newId ->
                                Optional.ofNullable(policy.harnesses().get(newId))
                                        .map(Harness::position),
                        policy.positionOf("harnesses"));
            }
        }
    }

    /** A rename is reported where the new id is written, a removal at {@code otherwise}. */
    private void removed(
            String what,
            String id,
            List<String> added,
            Function<String, Optional<SourcePosition>> positionOfId,
            SourcePosition otherwise) {
        Optional<String> newId = Suggestions.closest(id, added);
        String renamed = newId.map(n -> " (renamed to '" + n + "'?)").orElse("");
        diagnostics.error(
                FeedCompatibility.RULE,
                newId.flatMap(positionOfId).orElse(otherwise),
                what
                        + " '"
                        + id
                        + "' was removed"
                        + renamed
                        + ": removing or renaming a "
                        + what
                        + " breaks feed consumers "
                        + NEW_MAJOR);
    }

    void removedTopLevelFields(JsonNode before, JsonNode after) {
        for (Iterator<String> it = before.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!field.equals("changes") && !after.has(field)) {
                diagnostics.error(
                        FeedCompatibility.RULE,
                        SourcePosition.of(PolicyLoader.FILE),
                        "the feed lost its field '"
                                + field
                                + "': removing a field breaks feed consumers "
                                + NEW_MAJOR);
            }
        }
    }

    void narrowedSchema(JsonNode before, List<SchemaCheck.Violation> violations) {
        for (SchemaCheck.Violation v : violations) {
            diagnostics.error(
                    FeedCompatibility.RULE,
                    positionOf(before, v.path()),
                    "the previous feed no longer matches the v"
                            + FeedSchema.MAJOR
                            + " schema at "
                            + v.where()
                            + " ("
                            + v.message()
                            + "): narrowing the schema"
                            + " breaks feed consumers "
                            + NEW_MAJOR);
        }
    }

    /**
     * The fact a path into the previous feed leads to, if it is still in the policy; else
     * policy.yaml.
     */
    private SourcePosition positionOf(JsonNode before, List<Object> path) {
        if (path.size() >= 2
                && "facts".equals(path.get(0))
                && path.get(1) instanceof Integer index) {
            String id = before.path("facts").path(index).path("id").asText("");
            Optional<Fact> fact = policy.fact(id);
            if (fact.isPresent()) {
                return path.size() >= 3 && path.get(2) instanceof String field
                        ? fact.get().positionOf(field)
                        : fact.get().position();
            }
        }
        return SourcePosition.of(PolicyLoader.FILE);
    }
}
