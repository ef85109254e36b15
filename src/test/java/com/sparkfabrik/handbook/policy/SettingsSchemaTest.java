package com.sparkfabrik.handbook.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.sparkfabrik.handbook.Fixtures;
import com.sparkfabrik.handbook.diag.Diagnostics;
import com.sparkfabrik.handbook.diag.Rules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schema editors use for handbook.yaml and the loader accept and refuse the same files.
 */
class SettingsSchemaTest {

    private static final JsonSchema SCHEMA =
            JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(SchemaLocation.of("classpath:schema/handbook.schema.json"));

    static Stream<Path> valid() {
        return Stream.of(Path.of("handbook.yaml"));
    }

    static Stream<Path> invalid() {
        return Stream.of("handbook-unknown-key", "handbook-bad-values")
                .map(c -> Fixtures.ROOT.resolve("invalid").resolve(c).resolve("handbook.yaml"));
    }

    static Set<ValidationMessage> schemaErrors(Path file) throws IOException {
        JsonNode tree =
                YAMLMapper.builder()
                        .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
                        .build()
                        .readTree(file.toFile());
        return SCHEMA.validate(new ObjectMapper().valueToTree(tree));
    }

    static boolean loaderAccepts(Path file) throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        return SettingsLoader.parse(Files.readString(file), diagnostics).isPresent()
                && !diagnostics.hasErrors();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void validSettingsPassTheSchemaAndTheLoader(Path file) throws IOException {
        assertEquals(Set.of(), schemaErrors(file));
        assertTrue(loaderAccepts(file));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void invalidSettingsAreRefusedByBoth(Path file) throws IOException {
        assertFalse(schemaErrors(file).isEmpty(), "the JSON Schema accepts " + file);
        assertFalse(loaderAccepts(file), "the loader accepts " + file);
    }

    @Test
    void theSchemaKnowsEveryKeyAndEveryRule() throws IOException {
        JsonNode schema =
                new ObjectMapper()
                        .readTree(
                                Path.of("src/main/resources/schema/handbook.schema.json").toFile());
        Set<String> keys = new TreeSet<>();
        schema.get("properties").fieldNames().forEachRemaining(keys::add);
        assertEquals(
                Set.of(
                        "base_url",
                        "repository",
                        "edit_url",
                        "language",
                        "severity",
                        "history_start"),
                keys);
        Set<String> rules = new TreeSet<>();
        schema.at("/properties/severity/properties").fieldNames().forEachRemaining(rules::add);
        assertEquals(new TreeSet<>(Rules.ALL), rules);
        // every key is accepted by the loader
        Diagnostics diagnostics = new Diagnostics();
        SettingsLoader.parse(
                "base_url: https://a.example/\nrepository: https://a.example/r\n"
                        + "edit_url: https://a.example/e/\nlanguage: it-CH\n"
                        + "severity:\n  drift: warning\nhistory_start: v1.0\n",
                diagnostics);
        assertEquals("0 errors, 0 warnings", diagnostics.summary());
    }
}
