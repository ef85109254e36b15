package com.sparkfabrik.handbook.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sparkfabrik.handbook.diag.Diagnostic;
import com.sparkfabrik.handbook.diag.Diagnostics;
import com.sparkfabrik.handbook.policy.Policy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compatibility check: one test per class of breaking change, and what passes. */
class FeedCompatibilityTest {

    private static final String EXTRA_FACT =
            """
              limits.session-window:
                level: info
                type: duration
                value: "5h"
                statement: A session window opens with your first message and lasts {value}.
                page: usage-limits
                anchor: session-window
            """;

    private final FeedCompatibility compatibility = new FeedCompatibility(FeedSchema.load());
    private final Diagnostics diagnostics = new Diagnostics();

    private static PreviousFeed previous(Feed feed) {
        return new PreviousFeed("previous/policy.json", feed.toJson());
    }

    private static PreviousFeed previous(Feed feed, Consumer<ObjectNode> edit) {
        ObjectNode json = feed.toJson();
        edit.accept(json);
        return new PreviousFeed("previous/policy.json", json);
    }

    private static ObjectNode fact(ObjectNode feed, String id) {
        for (JsonNode fact : feed.get("facts")) {
            if (fact.get("id").asText().equals(id)) {
                return (ObjectNode) fact;
            }
        }
        throw new IllegalArgumentException(id);
    }

    private Feed.Changes compare(PreviousFeed previous, Policy current) {
        return compatibility
                .compare(previous, FeedFixtures.feed(current), current, diagnostics)
                .orElseThrow();
    }

    private List<String> reported() {
        return diagnostics.all().stream()
                .filter(d -> d.rule().equals(FeedCompatibility.RULE))
                .map(Diagnostic::format)
                .toList();
    }

    @Test
    void anUnchangedPolicyHasAnEmptyChangeListAndNoFindings() {
        Feed feed = FeedFixtures.feed();
        Feed.Changes changes = compare(previous(feed), FeedFixtures.policy());
        assertEquals(new Feed.Changes(feed.revision(), List.of(), List.of(), List.of()), changes);
        assertEquals(List.of(), reported());
    }

    /**
     * {@code feed/published-1.0.0/policy.json} is the fixture's feed as the generator wrote it at
     * schema version 1.0.0, with the old made-up schema host: what 1.1.0 adds ({@code harnesses}, a
     * {@code $schema} that resolves) keeps every promise made to its readers.
     */
    @Test
    void theFeedKeepsThePromisesOfTheFeedPublishedAtVersion100() throws Exception {
        JsonNode published =
                new ObjectMapper()
                        .readTree(
                                FeedCompatibilityTest.class.getResource(
                                        "/feed/published-1.0.0/policy.json"));
        assertEquals("1.0.0", published.get("schema_version").asText());
        Feed.Changes changes =
                compare(new PreviousFeed("previous/policy.json", published), FeedFixtures.policy());
        assertEquals(
                new Feed.Changes(
                        published.get("revision").asText(), List.of(), List.of(), List.of()),
                changes);
        assertEquals(List.of(), reported());
    }

    @Test
    void anAddedFactIsListedAndPasses() {
        Policy current =
                FeedFixtures.policy(
                        FeedFixtures.edited(
                                "  limits.check-command:\n",
                                EXTRA_FACT + "  limits.check-command:\n"));
        Feed.Changes changes = compare(previous(FeedFixtures.feed()), current);
        assertEquals(List.of("limits.session-window"), changes.added());
        assertEquals(
                List.of(),
                changes.changed(),
                "facts below it moved in policy.yaml, but 'source' alone is no change");
        assertEquals(List.of(), changes.removed());
        assertEquals(List.of(), reported());
    }

    @Test
    void aChangedValueOfTheSameTypeIsListedAndPasses() {
        Policy current = FeedFixtures.policy(FeedFixtures.edited("value: \"7d\"", "value: \"1w\""));
        Feed.Changes changes = compare(previous(FeedFixtures.feed()), current);
        assertEquals(List.of("limits.weekly-window"), changes.changed());
        assertEquals(List.of(), reported());
    }

    @Test
    void aValueReferencedByAnotherStatementChangesBothFacts() {
        Policy current =
                FeedFixtures.policy(FeedFixtures.edited("value: OpenCode", "value: OpenCode CLI"));
        Feed.Changes changes = compare(previous(FeedFixtures.feed()), current);
        assertEquals(List.of("harness.opencode", "harness.opencode-copilot"), changes.changed());
        assertEquals(List.of(), reported());
    }

    @Test
    void aRemovedFactIsAnError() {
        Policy withExtra =
                FeedFixtures.policy(
                        FeedFixtures.edited(
                                "  limits.check-command:\n",
                                EXTRA_FACT + "  limits.check-command:\n"));
        Feed.Changes changes =
                compare(previous(FeedFixtures.feed(withExtra)), FeedFixtures.policy());
        assertEquals(List.of("limits.session-window"), changes.removed());
        assertEquals(
                List.of(
                        "policy.yaml: error: fact 'limits.session-window' was removed: removing or renaming a fact"
                                + " breaks feed consumers (publish a new major version instead) [feed-compat]"),
                reported());
    }

    @Test
    void aRenamedFactIsAnErrorThatNamesTheLikelyNewId() {
        Policy current =
                FeedFixtures.policy(
                        FeedFixtures.edited("  limits.weekly-window:", "  limits.weekly-windows:"));
        Feed.Changes changes = compare(previous(FeedFixtures.feed()), current);
        assertEquals(List.of("limits.weekly-windows"), changes.added());
        assertEquals(List.of("limits.weekly-window"), changes.removed());
        assertEquals(
                List.of(
                        "policy.yaml:33:3: error: fact 'limits.weekly-window' was removed (renamed to"
                                + " 'limits.weekly-windows'?): removing or renaming a fact breaks feed consumers (publish a new major"
                                + " version instead) [feed-compat]"),
                reported());
    }

    @Test
    void aValueWhoseJsonTypeChangedIsAnError() {
        Policy current =
                FeedFixtures.policy(
                        FeedFixtures.edited(
                                "    type: text\n    value: case by case\n",
                                "    type: list\n    value: [\"case by case\"]\n"));
        Feed.Changes changes = compare(previous(FeedFixtures.feed()), current);
        assertEquals(List.of("limits.extra-allowance-exhausted"), changes.changed());
        assertEquals(
                List.of(
                        "policy.yaml:56:11: error: fact 'limits.extra-allowance-exhausted' changed type from 'text' to 'list':"
                                + " changing a fact's type breaks feed consumers (add a new fact instead) [feed-compat]",
                        "policy.yaml:57:12: error: the value of fact 'limits.extra-allowance-exhausted' changed from a string to"
                                + " an array: changing the JSON type of a value breaks feed consumers (add a new fact instead) [feed-compat]"),
                reported());
    }

    @Test
    void aChangedFactTypeIsAnErrorEvenWhenTheValueStaysAString() {
        Policy current =
                FeedFixtures.policy(
                        FeedFixtures.edited(
                                "    type: name\n    value: OpenCode\n",
                                "    type: text\n    value: OpenCode\n"));
        compare(previous(FeedFixtures.feed()), current);
        assertEquals(
                List.of(
                        "policy.yaml:84:11: error: fact 'harness.opencode' changed type from 'name' to 'text':"
                                + " changing a fact's type breaks feed consumers (add a new fact instead) [feed-compat]"),
                reported());
    }

    @Test
    void aFieldRemovedFromAFactIsAnError() {
        PreviousFeed previous =
                previous(
                        FeedFixtures.feed(),
                        json -> fact(json, "harness.opencode").put("status", "active"));
        compare(previous, FeedFixtures.policy());
        assertEquals(
                List.of(
                        "policy.yaml:82:3: error: fact 'harness.opencode' lost its field 'status': removing a field"
                                + " breaks feed consumers (publish a new major version instead) [feed-compat]"),
                reported());
    }

    @Test
    void aFieldRemovedFromTheDocumentIsAnError() {
        compare(
                previous(
                        FeedFixtures.feed(), json -> json.putArray("audiences").add("engineering")),
                FeedFixtures.policy());
        assertEquals(
                List.of(
                        "policy.yaml: error: the feed lost its field 'audiences': removing a field breaks feed"
                                + " consumers (publish a new major version instead) [feed-compat]"),
                reported());
    }

    @Test
    void aNarrowedEnumerationIsAnError() {
        // the previous feed used a level the current schema no longer allows
        PreviousFeed previous =
                previous(
                        FeedFixtures.feed(),
                        json -> fact(json, "limits.check-command").put("level", "recommended"));
        Feed.Changes changes = compare(previous, FeedFixtures.policy());
        assertEquals(List.of("limits.check-command"), changes.changed());
        assertEquals(
                List.of(
                        "policy.yaml:48:12: error: the previous feed no longer matches the v1 schema at"
                                + " /facts/2/level (does not have a value in the enumeration [\"must\", \"must-not\", \"should\","
                                + " \"should-not\", \"may\", \"info\"]): narrowing the schema breaks feed consumers (publish a new"
                                + " major version instead) [feed-compat]"),
                reported());
    }

    @Test
    void aKeyRemovedFromAMapValueIsAWarning() {
        Policy current =
                FeedFixtures.policy(FeedFixtures.edited("      requires: a Copilot seat\n", ""));
        compare(previous(FeedFixtures.feed()), current);
        assertEquals(
                List.of(
                        "policy.yaml:93:7: warning: the value of fact 'harness.opencode-copilot' lost its key"
                                + " 'requires': consumers reading it get nothing [feed-compat]"),
                reported());
    }

    @Test
    void anOlderMajorVersionOnlyWarnsAndStillListsChanges() {
        Policy withExtra =
                FeedFixtures.policy(
                        FeedFixtures.edited(
                                "  limits.check-command:\n",
                                EXTRA_FACT + "  limits.check-command:\n"));
        PreviousFeed previous =
                previous(FeedFixtures.feed(withExtra), json -> json.put("schema_version", "0.9.0"));
        Feed.Changes changes = compare(previous, FeedFixtures.policy());
        assertEquals(List.of("limits.session-window"), changes.removed());
        assertEquals(
                List.of(
                        "previous/policy.json: warning: the previous feed has schema version 0.9.0 and this one"
                                + " starts version 1: breaking changes are listed, not checked [feed-compat]"),
                reported());
    }

    @Test
    void aNewerMajorVersionIsAnError() {
        compare(
                previous(FeedFixtures.feed(), json -> json.put("schema_version", "2.0.0")),
                FeedFixtures.policy());
        assertEquals(
                List.of(
                        "previous/policy.json: error: the previous feed has schema version 2.0.0, newer than the"
                                + " 1.1.0 this generator writes: publishing would downgrade consumers [feed-compat]"),
                reported());
    }

    @Test
    void aDocumentThatIsNotAFeedIsReported() {
        Optional<Feed.Changes> changes =
                compatibility.compare(
                        new PreviousFeed(
                                "previous/policy.json", new ObjectMapper().createObjectNode()),
                        FeedFixtures.feed(),
                        FeedFixtures.policy(),
                        diagnostics);
        assertTrue(changes.isEmpty());
        assertEquals(
                List.of(
                        "previous/policy.json: error: the previous feed is not a policy feed: it needs 'revision',"
                                + " 'schema_version' (MAJOR.MINOR.PATCH) and 'facts' [feed-compat]"),
                reported());
    }

    @Test
    void aPreviousFeedThatIsNotJsonIsReportedAtItsLineAndColumn(@TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("policy.json");
        Files.writeString(
                file, "{\n  \"revision\": \"x\",\n  \"facts\": [,]\n}\n", StandardCharsets.UTF_8);
        assertTrue(PreviousFeed.read(file, diagnostics).isEmpty());
        List<String> found = reported();
        assertEquals(1, found.size());
        assertTrue(
                found.get(0)
                        .startsWith(
                                file.toString().replace('\\', '/')
                                        + ":3:13: error: the previous feed is not valid JSON: "),
                found.get(0));
        assertTrue(PreviousFeed.read(dir.resolve("missing.json"), diagnostics).isEmpty());
        assertTrue(
                reported().stream()
                        .anyMatch(
                                d ->
                                        d.endsWith(
                                                "/missing.json: error: the previous feed does not exist [feed-compat]")),
                reported().toString());
    }

    @Test
    void theChangeListGoesIntoTheFeedWithoutChangingItsRevision(@TempDir Path dir)
            throws Exception {
        Feed old = FeedFixtures.feed();
        Path file = dir.resolve("policy.json");
        Files.write(file, new FeedWriter().write(old));
        Policy current = FeedFixtures.policy(FeedFixtures.edited("value: \"7d\"", "value: \"1w\""));
        Feed feed = FeedFixtures.feed(current);
        Feed.Changes changes =
                compatibility
                        .compare(
                                PreviousFeed.read(file, diagnostics).orElseThrow(),
                                feed,
                                current,
                                diagnostics)
                        .orElseThrow();
        Feed published = feed.withChanges(changes);
        assertEquals(feed.revision(), published.revision());
        assertEquals(
                "{\"previous\":\""
                        + old.revision()
                        + "\",\"added\":[],\"changed\":[\"limits.weekly-window\"],\"removed\":[]}",
                published.toJson().get("changes").toString());
        assertEquals(List.of(), new FeedValidator(FeedSchema.load()).validate(published));
        assertEquals(List.of(), reported());
    }
}
