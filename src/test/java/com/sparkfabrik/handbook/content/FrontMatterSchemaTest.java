package com.sparkfabrik.handbook.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.sparkfabrik.handbook.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The front-matter JSON Schema (for editors) and the reader agree on keys and values. */
class FrontMatterSchemaTest {

    private static final Path SCHEMA =
            Path.of("src/main/resources/schema/front-matter.schema.json");

    private static JsonSchema schema() {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("classpath:schema/front-matter.schema.json"));
    }

    @Test
    void theSchemaDeclaresExactlyTheKeysTheReaderKnows() throws IOException {
        JsonNode tree = new ObjectMapper().readTree(SCHEMA.toFile());
        Set<String> keys = new TreeSet<>();
        tree.get("properties").fieldNames().forEachRemaining(keys::add);
        assertEquals(new TreeSet<>(FrontMatter.KEYS), keys);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "title: Limits\nweight: 20\ndescription: One line\ndraft: true\naliases: [old, a/b.html]",
                "title: Limits"
            })
    void validFrontMatterPassesBoth(String front) throws IOException {
        JsonNode yaml = new YAMLMapper().readTree(front);
        assertEquals(Set.of(), schema().validate(yaml));
        Diagnostics diagnostics = new Diagnostics();
        new FrontMatter()
                .parse("p", "content/p.md", "---\n" + front + "\n---\n\nBody.\n", diagnostics);
        assertEquals("0 errors, 0 warnings", diagnostics.summary());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "title: Limits\ndraft: maybe",
                "title: Limits\naliases: [Bad Name]",
                "title: Limits\ntitel: typo",
                "weight: 3"
            })
    void invalidFrontMatterIsRefusedByBoth(String front) throws IOException {
        JsonNode yaml = new YAMLMapper().readTree(front);
        assertFalse(schema().validate(yaml).isEmpty(), front);
        Diagnostics diagnostics = new Diagnostics();
        new FrontMatter()
                .parse("p", "content/p.md", "---\n" + front + "\n---\n\nBody.\n", diagnostics);
        assertFalse(diagnostics.all().isEmpty(), front);
    }
}
