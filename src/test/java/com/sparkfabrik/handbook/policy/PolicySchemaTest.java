package com.sparkfabrik.handbook.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.sparkfabrik.handbook.Fixtures;
import com.sparkfabrik.handbook.diag.Diagnostic;
import com.sparkfabrik.handbook.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The loader enforces the JSON Schema ({@link PolicyShape}); editors read the same file with YAML
 * 1.2, where {@code on} and {@code yes} are strings. Every valid policy passes both readings, and
 * every invalid fixture about the shape of the file (its rule is {@code schema}) is refused by
 * both.
 */
class PolicySchemaTest {

    // editors check "format": "date"; the validator does only when told to
    private static final JsonSchema SCHEMA =
            JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(
                            SchemaLocation.of("classpath:schema/policy.schema.json"),
                            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());

    static Stream<Path> validPolicies() {
        return Stream.of(
                Path.of("policy.yaml"),
                Fixtures.ROOT.resolve("minimal/policy.yaml"),
                Fixtures.ROOT.resolve("full/policy.yaml"),
                Path.of("src/test/resources/feed/policy.yaml"));
    }

    /** Invalid fixtures whose expected diagnostics are all about the file's shape. */
    static Stream<Path> schemaInvalidPolicies() throws IOException {
        try (Stream<Path> cases = Files.list(Fixtures.ROOT.resolve("invalid"))) {
            return cases
                    .filter(c -> Files.exists(c.resolve("policy.yaml")))
                    .filter(
                            c -> {
                                List<String> lines =
                                        Fixtures.read(c.resolve("expected.txt"))
                                                .lines()
                                                .filter(l -> l.contains(": error: "))
                                                .toList();
                                return !lines.isEmpty()
                                        && lines.stream().allMatch(l -> l.endsWith("[schema]"));
                            })
                    .map(c -> c.resolve("policy.yaml"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    static Set<ValidationMessage> schemaErrors(Path policy) throws IOException {
        // read as YAML 1.2 editors do: "on", "yes", "y" are strings, not booleans
        JsonNode tree =
                YAMLMapper.builder()
                        .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
                        .build()
                        .readTree(policy.toFile());
        return SCHEMA.validate(new ObjectMapper().valueToTree(tree));
    }

    static List<Diagnostic> loaderErrors(Path policy) throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        new PolicyLoader(new PolicyValidator(Clock.systemUTC()))
                .parse(Files.readAllBytes(policy), diagnostics);
        return diagnostics.all().stream()
                .filter(d -> d.isError() && d.rule().equals("schema"))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validPolicies")
    void validPoliciesPassTheSchemaAndTheLoader(Path policy) throws IOException {
        assertEquals(Set.of(), schemaErrors(policy), "schema errors in " + policy);
        assertEquals(List.of(), loaderErrors(policy), "loader errors in " + policy);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemaInvalidPolicies")
    void shapeErrorsAreRefusedByTheSchemaAndTheLoader(Path policy) throws IOException {
        assertFalse(schemaErrors(policy).isEmpty(), "the JSON Schema accepts " + policy);
        assertFalse(loaderErrors(policy).isEmpty(), "the loader accepts " + policy);
    }
}
