package com.sparkfabrik.handbook.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.sparkfabrik.handbook.feed.FeedBuilder;
import com.sparkfabrik.handbook.policy.Policy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fact-level changes between two versions of the policy, compared as the feed publishes each
 * fact (level, type, value, plain-text statement). Changed and added facts come in the newer
 * policy's order, removed ones after them in the older one's. A removed fact and an added one that
 * are otherwise identical are one rename.
 */
final class FactChanges {

    private FactChanges() {}

    public static List<FactChange> between(Optional<Policy> before, Policy after) {
        Map<String, FactChange.Version> old = before.map(FactChanges::versions).orElse(Map.of());
        Map<String, FactChange.Version> now = versions(after);
        List<String> removed = old.keySet().stream().filter(id -> !now.containsKey(id)).toList();
        Map<String, String> renamedFrom = new LinkedHashMap<>();
        for (String gone : removed) {
            now.forEach(
                    (id, version) -> {
                        if (!old.containsKey(id)
                                && !renamedFrom.containsKey(id)
                                && !renamedFrom.containsValue(gone)
                                && version.equals(old.get(gone))) {
                            renamedFrom.put(id, gone);
                        }
                    });
        }
        List<FactChange> changes = new ArrayList<>();
        now.forEach(
                (id, version) -> {
                    String from = renamedFrom.get(id);
                    if (from != null) {
                        changes.add(
                                new FactChange(
                                        FactChange.Kind.RENAMED,
                                        id,
                                        from,
                                        Optional.of(old.get(from)),
                                        Optional.of(version)));
                    } else if (!old.containsKey(id)) {
                        changes.add(
                                new FactChange(
                                        FactChange.Kind.ADDED,
                                        id,
                                        id,
                                        Optional.empty(),
                                        Optional.of(version)));
                    } else if (!old.get(id).equals(version)) {
                        changes.add(
                                new FactChange(
                                        FactChange.Kind.CHANGED,
                                        id,
                                        id,
                                        Optional.of(old.get(id)),
                                        Optional.of(version)));
                    }
                });
        for (String id : removed) {
            if (!renamedFrom.containsValue(id)) {
                changes.add(
                        new FactChange(
                                FactChange.Kind.REMOVED,
                                id,
                                id,
                                Optional.of(old.get(id)),
                                Optional.empty()));
            }
        }
        return List.copyOf(changes);
    }

    /** Every fact of {@code policy} by id, in policy.yaml order, as the feed publishes it. */
    static Map<String, FactChange.Version> versions(Policy policy) {
        Map<String, FactChange.Version> versions = new LinkedHashMap<>();
        for (JsonNode fact : new FeedBuilder("").facts(policy)) {
            versions.put(
                    fact.path("id").asText(),
                    new FactChange.Version(
                            fact.path("level").asText(),
                            fact.path("type").asText(),
                            fact.path("value"),
                            fact.path("statement").asText()));
        }
        return versions;
    }
}
