package com.sparkfabrik.handbook.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.erosb.jsonsKema.JsonParser;
import com.github.erosb.jsonsKema.SchemaLoader;
import com.github.erosb.jsonsKema.ValidationFailure;
import com.github.erosb.jsonsKema.Validator;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.sparkfabrik.handbook.diag.Diagnostic;
import com.sparkfabrik.handbook.policy.Level;
import com.sparkfabrik.handbook.policy.ValueType;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The published schema, checked with json-sKema (an implementation independent of the networknt
 * validator the build uses), and the strict variant the build validates its own output with.
 */
class FeedSchemaTest {

    private static final String BASE = "https://sparkfabrik.github.io/policy-handbook/";

    private final FeedSchema schema = FeedSchema.load();

    /** Validates with json-sKema against the schema as published; null when valid. */
    private ValidationFailure publishedFailure(JsonNode document) {
        String schemaText = new String(schema.publishedBytes(BASE), StandardCharsets.UTF_8);
        var loaded =
                new SchemaLoader(
                                new JsonParser(schemaText, URI.create(FeedSchema.url(BASE)))
                                        .parse())
                        .load();
        return Validator.forSchema(loaded).validate(new JsonParser(document.toString()).parse());
    }

    private List<String> strictErrors(JsonNode document) {
        return new FeedValidator(schema)
                .validate(document).stream().map(Diagnostic::format).toList();
    }

    @Test
    void theFeedValidatesAgainstThePublishedSchemaWithAnIndependentValidator() {
        assertNull(publishedFailure(FeedFixtures.feed().toJson()));
    }

    @Test
    void aFeedWithChangesValidatesToo() {
        Feed feed =
                FeedFixtures.feed()
                        .withChanges(
                                new Feed.Changes(
                                        "sha256:" + "a".repeat(64),
                                        List.of("limits.shared-pool"),
                                        List.of("limits.weekly-window"),
                                        List.of("limits.old")));
        assertNull(publishedFailure(feed.toJson()));
        assertEquals(List.of(), strictErrors(feed.toJson()));
    }

    @Test
    void theGeneratedFeedPassesTheStrictSchema() {
        assertEquals(List.of(), new FeedValidator(schema).validate(FeedFixtures.feed()));
    }

    /** Builds do not validate their feed: the generator's feeds of every valid site do here. */
    @Test
    void theFeedOfEveryValidSitePassesTheStrictSchema() throws IOException {
        for (String site :
                List.of(
                        ".",
                        "src/test/resources/fixtures/full",
                        "src/test/resources/fixtures/minimal")) {
            byte[] yaml = Files.readAllBytes(Path.of(site, "policy.yaml"));
            Feed feed =
                    FeedFixtures.feed(
                            FeedFixtures.policy(new String(yaml, StandardCharsets.UTF_8)));
            assertEquals(List.of(), new FeedValidator(schema).validate(feed), site);
        }
    }

    @Test
    void strictValidationCatchesAnUnknownFieldThatThePublishedSchemaAllows() {
        ObjectNode document = FeedFixtures.feed().toJson();
        ((ObjectNode) document.get("facts").get(1)).put("owner_team", "platform");
        document.putObject("x_extension").put("k", "v");
        assertNull(publishedFailure(document), "consumers' schema must accept unknown fields");
        assertEquals(
                List.of(
                        "policy.yaml: error: the generated policy.json does not match its schema at /: property 'x_extension'"
                                + " is not evaluated and the schema does not allow unevaluated properties [feed-schema]",
                        "policy.yaml:33: error: the generated policy.json does not match its schema at /facts/1: property"
                                + " 'owner_team' is not evaluated and the schema does not allow unevaluated properties [feed-schema]"),
                strictErrors(document));
    }

    @Test
    void bothSchemasRejectAValueWhoseJsonTypeDoesNotMatchItsType() {
        ObjectNode document = FeedFixtures.feed().toJson();
        ((ObjectNode) document.get("facts").get(0)).put("value", "Claude Code");
        assertNotNull(publishedFailure(document), "a 'list' fact with a string value");
        assertEquals(1, strictErrors(document).size(), String.join("\n", strictErrors(document)));
        assertTrue(
                strictErrors(document)
                        .get(0)
                        .startsWith(
                                "policy.yaml:24: error: the generated policy.json does not"
                                        + " match its schema at /facts/0/value: "),
                strictErrors(document).get(0));
    }

    @Test
    void bothSchemasRejectAMissingRequiredField() {
        ObjectNode document = FeedFixtures.feed().toJson();
        ((ObjectNode) document.get("facts").get(2)).remove("url");
        assertNotNull(publishedFailure(document));
        assertEquals(
                List.of(
                        "policy.yaml:47: error: the generated policy.json does not match its schema at /facts/2:"
                                + " required property 'url' not found [feed-schema]"),
                strictErrors(document));
    }

    @Test
    void theStrictVariantClosesEveryObjectWithPropertiesAndLeavesMapsOpen() {
        JsonNode strict = schema.strict();
        assertEquals(false, strict.get("unevaluatedProperties").booleanValue());
        for (String def :
                List.of("policy", "contact", "reference", "fact", "openQuestion", "changes")) {
            assertEquals(
                    false,
                    strict.get("$defs").get(def).get("unevaluatedProperties").booleanValue(),
                    def);
        }
        assertNull(
                strict.get("properties").get("contacts").get("unevaluatedProperties"),
                "contacts is a map");
        assertTrue(
                strict.get("$defs")
                                .get("fact")
                                .get("allOf")
                                .get(0)
                                .get("then")
                                .get("unevaluatedProperties")
                        == null,
                "subschemas that only constrain are not closed");
        assertNull(
                schema.published().get("unevaluatedProperties"), "the published schema stays open");
        assertTrue(
                schema.published()
                        .get("description")
                        .asText()
                        .contains("Consumers must ignore unknown fields"));
    }

    @Test
    void bothVariantsAreValidDraft202012Schemas() {
        var meta =
                JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                        .getSchema(URI.create("https://json-schema.org/draft/2020-12/schema"));
        assertEquals(Set.of(), meta.validate(schema.published()));
        assertEquals(Set.of(), meta.validate(schema.strict()));
    }

    @Test
    void theSchemaIdIsRelativeWithoutABaseUrlAndItsUrlWithOne() throws IOException {
        assertEquals("v1.json", schema.published().get("$id").asText());
        JsonNode withBase = new ObjectMapper().readTree(schema.publishedBytes(BASE));
        assertEquals(BASE + FeedSchema.SITE_PATH, withBase.get("$id").asText());
        assertEquals("schema/policy-feed/v1.json", FeedSchema.url(""));
        assertEquals(
                BASE + "schema/policy-feed/v1.json", FeedSchema.url(BASE.replaceAll("/$", "")));
        assertTrue(FeedSchema.VERSION.startsWith(FeedSchema.MAJOR + "."));
        assertTrue(FeedSchema.SITE_PATH.endsWith("/v" + FeedSchema.MAJOR + ".json"));
    }

    @Test
    void theSchemaPropertyAcceptsTheRelativePathAnAbsoluteUrlAndOnlyVersionOne() {
        for (String accepted : List.of(FeedSchema.url(""), FeedSchema.url(BASE))) {
            ObjectNode feed = FeedFixtures.feed().toJson();
            feed.put("$schema", accepted);
            assertNull(publishedFailure(feed), accepted);
            assertEquals(List.of(), strictErrors(feed), accepted);
        }
        ObjectNode v2 = FeedFixtures.feed().toJson();
        v2.put("$schema", BASE + "schema/policy-feed/v2.json");
        assertNotNull(publishedFailure(v2));
    }

    @Test
    void theSchemaEnumerationsAreExactlyThePolicyModels() {
        JsonNode defs = schema.published().get("$defs");
        assertEquals(
                names(Arrays.stream(Level.values()).map(Level::yamlName).toList()),
                names(defs.get("level").get("enum")));
        assertEquals(
                names(Arrays.stream(ValueType.values()).map(ValueType::yamlName).toList()),
                names(defs.get("valueType").get("enum")));
    }

    /**
     * v1 may only add enumeration values. If this fails, a value promised in v1.0.0 was removed:
     * that needs a v2 schema at a new URL, not an edit of v1.
     */
    @Test
    void theV1EnumerationsNeverLoseAValue() {
        JsonNode defs = schema.published().get("$defs");
        assertTrue(
                names(defs.get("level").get("enum"))
                        .containsAll(
                                Set.of("must", "must-not", "should", "should-not", "may", "info")));
        assertTrue(
                names(defs.get("valueType").get("enum"))
                        .containsAll(
                                Set.of(
                                        "text",
                                        "duration",
                                        "path",
                                        "command",
                                        "channel",
                                        "name",
                                        "env",
                                        "url",
                                        "list",
                                        "map")));
        assertTrue(
                names(defs.get("status").get("enum"))
                        .containsAll(Set.of("draft", "provisional", "active", "retired")));
    }

    private static Set<String> names(Iterable<?> values) {
        Set<String> names = new TreeSet<>();
        for (Object v : values) {
            names.add(v instanceof JsonNode n ? n.asText() : v.toString());
        }
        return names;
    }

    @Test
    void publishedBytesAreTheRepositoryFile() throws Exception {
        byte[] file = Files.readAllBytes(Path.of("src/main/resources/" + FeedSchema.SITE_PATH));
        assertEquals(
                new String(file, StandardCharsets.UTF_8),
                new String(schema.publishedBytes(""), StandardCharsets.UTF_8));
    }
}
