package com.sparkfabrik.handbook.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** One compiled schema (networknt), validating documents into sorted, located violations. */
final class SchemaCheck {

    private final JsonSchema schema;

    SchemaCheck(JsonNode schemaTree) {
        SchemaValidatorsConfig config =
                SchemaValidatorsConfig.builder()
                        .locale(Locale.ROOT)
                        .formatAssertionsEnabled(false)
                        .pathType(PathType.JSON_POINTER)
                        .build();
        // the schema's $id is relative ("v1.json"): it resolves against where the jar holds it,
        // and its references all point inside it, so nothing is ever fetched
        schema =
                JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                        .getSchema(
                                SchemaLocation.of("classpath:" + FeedSchema.SITE_PATH),
                                schemaTree,
                                config);
    }

    /**
     * Where in the document ({@code path}: the names and indexes leading to it; {@code where}: the
     * same as a JSON Pointer) and what is wrong.
     */
    record Violation(List<Object> path, String where, String message) {}

    List<Violation> violations(JsonNode document) {
        List<Violation> found = new ArrayList<>();
        for (ValidationMessage m : schema.validate(document)) {
            JsonNodePath at = m.getInstanceLocation();
            List<Object> path = new ArrayList<>();
            for (int i = 0; i < at.getNameCount(); i++) {
                path.add(at.getElement(i));
            }
            String pointer = at.toString();
            found.add(
                    new Violation(
                            List.copyOf(path), pointer.isEmpty() ? "/" : pointer, m.getError()));
        }
        found.sort(Comparator.comparing(Violation::where).thenComparing(Violation::message));
        return found;
    }
}
