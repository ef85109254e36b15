package com.sparkfabrik.handbook.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sparkfabrik.handbook.diag.Diagnostics;
import com.sparkfabrik.handbook.diag.SourcePosition;
import com.sparkfabrik.handbook.diag.Suggestions;
import com.sparkfabrik.handbook.policy.Fact;
import com.sparkfabrik.handbook.policy.Harness;
import com.sparkfabrik.handbook.policy.Policy;
import com.sparkfabrik.handbook.policy.PolicyLoader;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares a new feed with the previously published one: lists the facts added, changed and
 * removed, and reports every change that breaks consumers within one major version as an error
 * (rule {@value #RULE}):
 *
 * <ul>
 *   <li>a fact removed (or renamed, which removes the old id);
 *   <li>a harness removed (or its id renamed);
 *   <li>a field removed from a fact entry, or from the document;
 *   <li>a fact's {@code type} changed, or the JSON type of its {@code value} (string, array,
 *       object);
 *   <li>the schema narrowed: the previous feed no longer validates against the published schema (an
 *       enumeration value it used is gone, a pattern got tighter, a field became required).
 * </ul>
 *
 * A key removed from a map value is a warning: the value changed, but consumers reading that key
 * get nothing. When the previous feed has an older major version, breaking changes are allowed and
 * only listed. A fact whose entry differs only in {@code source} (it moved in policy.yaml) is not
 * listed as changed.
 */
public final class FeedCompatibility {

    public static final String RULE = "feed-compat";
    private static final String NEW_MAJOR = "(publish a new major version instead)";
    private static final Pattern VERSION = Pattern.compile("(0|[1-9][0-9]{0,8})\\.[0-9]+\\.[0-9]+");

    private final SchemaCheck published;

    public FeedCompatibility(FeedSchema schema) {
        this.published = new SchemaCheck(schema.published());
    }

    /** The change list, or empty when the previous document is not a feed (reported). */
    public Optional<Feed.Changes> compare(
            PreviousFeed previous, Feed current, Policy policy, Diagnostics diagnostics) {
        JsonNode before = previous.document();
        SourcePosition previousFile = SourcePosition.of(previous.file());
        String revision = before.path("revision").asText("");
        Matcher version = VERSION.matcher(before.path("schema_version").asText(""));
        if (revision.isEmpty() || !version.matches() || !before.path("facts").isArray()) {
            diagnostics.error(
                    RULE,
                    previousFile,
                    "the previous feed is not a policy feed: it needs 'revision', "
                            + "'schema_version' (MAJOR.MINOR.PATCH) and 'facts'");
            return Optional.empty();
        }
        ObjectNode after = current.toJson();
        Map<String, JsonNode> oldFacts = FeedJson.factsById(before);
        Map<String, JsonNode> newFacts = FeedJson.factsById(after);
        List<String> added =
                newFacts.keySet().stream().filter(id -> !oldFacts.containsKey(id)).toList();
        List<String> removed =
                oldFacts.keySet().stream().filter(id -> !newFacts.containsKey(id)).toList();
        List<String> changed =
                newFacts.keySet().stream()
                        .filter(
                                id ->
                                        oldFacts.containsKey(id)
                                                && !withoutSource(oldFacts.get(id))
                                                        .equals(withoutSource(newFacts.get(id))))
                        .toList();

        int major = Integer.parseInt(version.group(1));
        if (major > FeedSchema.MAJOR) {
            diagnostics.error(
                    RULE,
                    previousFile,
                    "the previous feed has schema version "
                            + version.group()
                            + ", newer than the "
                            + FeedSchema.VERSION
                            + " this generator writes: publishing would downgrade consumers");
        } else if (major < FeedSchema.MAJOR) {
            diagnostics.warning(
                    RULE,
                    previousFile,
                    "the previous feed has schema version "
                            + version.group()
                            + " and this one starts version "
                            + FeedSchema.MAJOR
                            + ": breaking changes are listed, not checked");
        } else {
            Checks checks = new Checks(policy, diagnostics);
            checks.narrowedSchema(before, published.violations(before));
            checks.removedTopLevelFields(before, after);
            removed.forEach(id -> checks.removedFact(id, added));
            Map<String, JsonNode> oldHarnesses = FeedJson.entriesById(before, "harnesses");
            Map<String, JsonNode> newHarnesses = FeedJson.entriesById(after, "harnesses");
            List<String> addedHarnesses =
                    newHarnesses.keySet().stream()
                            .filter(id -> !oldHarnesses.containsKey(id))
                            .toList();
            oldHarnesses.keySet().stream()
                    .filter(id -> !newHarnesses.containsKey(id))
                    .forEach(id -> checks.removedHarness(id, addedHarnesses));
            for (String id : newFacts.keySet()) {
                if (oldFacts.containsKey(id)) {
                    checks.fact(id, oldFacts.get(id), newFacts.get(id));
                }
            }
        }
        return Optional.of(new Feed.Changes(revision, added, changed, removed));
    }

    /** What a change is judged by: not where the fact is written, nor when it last changed. */
    /**
     * The fact's canonical JSON without the history fields: a feed read from disk holds {@code
     * 604800} as an int where a generated one holds a long, and the two must compare equal.
     */
    private static String withoutSource(JsonNode fact) {
        ObjectNode copy = fact.deepCopy();
        copy.remove(HISTORY_FIELDS);
        return CanonicalJson.write(copy);
    }

    /** Fields that depend on the build having the git history, so they may come and go. */
    private static final List<String> HISTORY_FIELDS = List.of("source", "last_changed");

    /** The breaking-change checks of one comparison, reporting at policy.yaml positions. */
    private static final class Checks {
        private final Policy policy;
        private final Diagnostics diagnostics;

        Checks(Policy policy, Diagnostics diagnostics) {
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

        /** Reported at the {@code harnesses:} key, since the harness's own line is gone. */
        void removedHarness(String id, List<String> added) {
            removed(
                    "harness",
                    id,
                    added,
                    newId ->
                            Optional.ofNullable(policy.harnesses().get(newId))
                                    .map(Harness::position),
                    policy.positionOf("harnesses"));
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
                    RULE,
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

        void fact(String id, JsonNode before, JsonNode after) {
            Fact fact =
                    policy.fact(id)
                            .orElseThrow(
                                    () ->
                                            new IllegalArgumentException(
                                                    "the feed is not of this policy: " + id));
            for (Iterator<String> it = before.fieldNames(); it.hasNext(); ) {
                String field = it.next();
                // last_changed needs the history; duration goes with a type change, reported below
                if (!after.has(field)
                        && !field.equals("last_changed")
                        && !field.equals("duration")) {
                    diagnostics.error(
                            RULE,
                            fact.position(),
                            "fact '"
                                    + id
                                    + "' lost its field '"
                                    + field
                                    + "': removing a field breaks feed consumers "
                                    + NEW_MAJOR);
                }
            }
            String oldType = before.path("type").asText();
            String newType = after.path("type").asText();
            if (before.has("type") && !oldType.equals(newType)) {
                diagnostics.error(
                        RULE,
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
                        RULE,
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
                                RULE,
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

        void removedTopLevelFields(JsonNode before, JsonNode after) {
            for (Iterator<String> it = before.fieldNames(); it.hasNext(); ) {
                String field = it.next();
                if (!field.equals("changes") && !after.has(field)) {
                    diagnostics.error(
                            RULE,
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
                        RULE,
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
}
