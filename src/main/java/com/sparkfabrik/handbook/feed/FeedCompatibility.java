package com.sparkfabrik.handbook.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sparkfabrik.handbook.diag.Diagnostics;
import com.sparkfabrik.handbook.diag.SourcePosition;
import com.sparkfabrik.handbook.policy.Policy;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
            BreakingChanges breaking = new BreakingChanges(policy, diagnostics);
            breaking.narrowedSchema(before, published.violations(before));
            breaking.removedTopLevelFields(before, after);
            removed.forEach(id -> breaking.removedFact(id, added));
            breaking.removedHarnesses(before, after);
            FactEntryCheck facts = new FactEntryCheck(policy, diagnostics);
            for (String id : newFacts.keySet()) {
                if (oldFacts.containsKey(id)) {
                    facts.check(id, oldFacts.get(id), newFacts.get(id));
                }
            }
        }
        return Optional.of(new Feed.Changes(revision, added, changed, removed));
    }

    /**
     * What a change is judged by: not where the fact is written, nor when it last changed. The
     * fact's canonical JSON without the history fields: a feed read from disk holds {@code 604800}
     * as an int where a generated one holds a long, and the two must compare equal.
     */
    private static String withoutSource(JsonNode fact) {
        ObjectNode copy = fact.deepCopy();
        copy.remove(HISTORY_FIELDS);
        return CanonicalJson.write(copy);
    }

    /** Fields that depend on the build having the git history, so they may come and go. */
    private static final List<String> HISTORY_FIELDS = List.of("source", "last_changed");
}
