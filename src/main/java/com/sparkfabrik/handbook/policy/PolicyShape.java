package com.sparkfabrik.handbook.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.regex.RegularExpression;
import com.sparkfabrik.handbook.diag.Diagnostics;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The shape of policy.yaml is declared once, in {@code schema/policy.schema.json} (the file editors
 * validate against too). This checks the YAML tree against it and reports each error where it was
 * written, in the words of {@link ShapeMessages}.
 */
final class PolicyShape {

    static final String RESOURCE = "schema/policy.schema.json";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern DECIMAL_INT = Pattern.compile("-?[0-9]{1,9}");

    /** The most telling error first when several are found at one place. */
    private static final List<String> KEYWORD_ORDER =
            List.of("type", "enum", "minLength", "not", "pattern", "format");

    private final JsonNode schemaTree;
    private final JsonSchema schema;

    PolicyShape() {
        this(RESOURCE);
    }

    /** The shape another file of the source folder is declared in (handbook.yaml's). */
    PolicyShape(String resource) {
        try (InputStream in = PolicyShape.class.getClassLoader().getResourceAsStream(resource)) {
            schemaTree = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "the schema " + resource + " is missing from the jar", e);
        }
        schema =
                JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                        .getSchema(
                                // the relative $id resolves against the schema's place in the jar
                                SchemaLocation.of("classpath:" + resource),
                                schemaTree,
                                SchemaValidatorsConfig.builder()
                                        .formatAssertionsEnabled(true)
                                        .regularExpressionFactory(PolicyShape::ecmaLikeRegex)
                                        .build());
    }

    /** Reports every place the tree does not fit the schema; true when it fits. */
    boolean check(YamlNode root, Diagnostics diagnostics) {
        List<ValidationMessage> errors =
                schema.validate(toJson(root)).stream()
                        .sorted(
                                Comparator.comparing(PolicyShape::place)
                                        .thenComparingInt(PolicyShape::rank)
                                        .thenComparing(e -> e.getSchemaLocation().toString()))
                        .toList();
        // an entry under an invalid id is not read any further: its id is the one thing to fix
        List<JsonNodePath> invalidIds =
                errors.stream()
                        .filter(e -> e.getType().equals("propertyNames"))
                        .map(e -> e.getInstanceLocation().append(e.getProperty()))
                        .toList();
        ShapeMessages messages = new ShapeMessages(root, schemaTree);
        Set<String> reported = new HashSet<>();
        for (ValidationMessage error : errors) {
            boolean underInvalidId =
                    invalidIds.stream().anyMatch(id -> error.getInstanceLocation().startsWith(id));
            if (!underInvalidId && reported.add(place(error))) {
                diagnostics.error(
                        ShapeMessages.RULE, messages.position(error), messages.message(error));
            }
        }
        return errors.isEmpty();
    }

    /** One error per value, or per key for errors about a mapping's keys. */
    private static String place(ValidationMessage error) {
        String at = error.getInstanceLocation().toString();
        return error.getProperty() == null ? at : at + "\u0000" + error.getProperty();
    }

    private static int rank(ValidationMessage error) {
        int at = KEYWORD_ORDER.indexOf(error.getType());
        return at < 0 ? KEYWORD_ORDER.size() : at;
    }

    /**
     * The tree as JSON the schema can judge: strings, {@code true}/{@code false}, decimal whole
     * numbers. YAML's other scalars ({@code yes}, {@code 1.10}, {@code 0x1F}, {@code ~}) become
     * null, which no key allows, so each is refused and the message quotes how YAML read it.
     */
    static JsonNode toJson(YamlNode node) {
        if (node instanceof YamlNode.Mapping mapping) {
            ObjectNode object = NODES.objectNode();
            mapping.entries().forEach(e -> object.set(e.key(), toJson(e.value())));
            return object;
        }
        if (node instanceof YamlNode.Sequence sequence) {
            ArrayNode array = NODES.arrayNode();
            sequence.items().forEach(item -> array.add(toJson(item)));
            return array;
        }
        YamlNode.Scalar scalar = (YamlNode.Scalar) node;
        return switch (scalar.kind()) {
            case STRING -> NODES.textNode(scalar.text());
            case BOOLEAN ->
                    scalar.text().equals("true") || scalar.text().equals("false")
                            ? NODES.booleanNode(scalar.text().equals("true"))
                            : NODES.nullNode();
            case INTEGER ->
                    DECIMAL_INT.matcher(scalar.text()).matches()
                            ? NODES.numberNode(Integer.parseInt(scalar.text()))
                            : NODES.nullNode();
            case FLOAT, NULL -> NODES.nullNode();
        };
    }

    /**
     * Java's {@code $} also matches before a final line break, ECMAScript's (the schema's dialect,
     * and what editors run) only at the very end; {@code \s} covers Unicode spaces in both.
     */
    private static RegularExpression ecmaLikeRegex(String regex) {
        String java =
                regex.endsWith("$") && !regex.endsWith("\\$")
                        ? regex.substring(0, regex.length() - 1) + "\\z"
                        : regex;
        Pattern pattern = Pattern.compile(java, Pattern.UNICODE_CHARACTER_CLASS);
        return value -> pattern.matcher(value).find();
    }

    /** Where a JSON pointer points in the YAML tree; the nearest existing node otherwise. */
    static YamlNode nodeAt(YamlNode root, JsonNodePath path) {
        YamlNode node = root;
        for (int i = 0; i < path.getNameCount(); i++) {
            Object step = path.getElement(i);
            if (node instanceof YamlNode.Mapping mapping) {
                YamlNode.Entry entry = mapping.entry(String.valueOf(step));
                if (entry == null) {
                    return node;
                }
                node = entry.value();
            } else if (node instanceof YamlNode.Sequence sequence
                    && step instanceof Integer index) {
                node = sequence.items().get(index);
            } else {
                return node;
            }
        }
        return node;
    }
}
