package com.sparkfabrik.handbook.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.ValidationMessage;
import com.sparkfabrik.handbook.diag.SourcePosition;
import com.sparkfabrik.handbook.diag.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Says a schema error the way an author reads it: at the key or value as written in policy.yaml,
 * naming the key, the value and what would fit. The schema decides what is wrong; this only words
 * it.
 */
final class ShapeMessages {

    static final String RULE = "schema";

    /** What a pattern asks for, by where it is declared in the schema. */
    private static final Map<String, String> PATTERNS =
            Map.of(
                    "/$defs/id", "lower-case words joined by dashes",
                    "/$defs/factId", "area.name, lower-case words joined by dashes",
                    "/$defs/reference/properties/url", "an http or https URL",
                    "/properties/base_url", "an http or https URL",
                    "/properties/repository", "an http or https URL",
                    "/properties/edit_url", "an http or https URL",
                    "/properties/language", "en or it, with a region if you like (it-CH)",
                    "/properties/history_start", "a commit or tag name");

    /** How a mapping of the schema's $defs is named in a message; the key's name otherwise. */
    private static final Map<String, String> NAMED =
            Map.of(
                    "contact", "contact '%s'",
                    "fact", "fact '%s'",
                    "reference", "a reference",
                    "openQuestion", "an open question",
                    "harness", "harness '%s'");

    private final YamlNode root;
    private final JsonNode schema;

    ShapeMessages(YamlNode root, JsonNode schema) {
        this.root = root;
        this.schema = schema;
    }

    /** Errors about a mapping's keys point at the key; the others at the value. */
    SourcePosition position(ValidationMessage error) {
        YamlNode node = PolicyShape.nodeAt(root, error.getInstanceLocation());
        if (node instanceof YamlNode.Mapping mapping && error.getProperty() != null) {
            YamlNode.Entry entry = mapping.entry(error.getProperty());
            if (entry != null) {
                return entry.keyPosition();
            }
        }
        return node.position();
    }

    String message(ValidationMessage error) {
        JsonNodePath at = error.getInstanceLocation();
        YamlNode node = PolicyShape.nodeAt(root, at);
        String location = error.getSchemaLocation().getFragment().toString();
        String declared = location.substring(0, location.lastIndexOf('/'));
        String property = error.getProperty();
        switch (error.getType()) {
            case "additionalProperties":
                return "unknown key '"
                        + property
                        + "' in "
                        + mappingName(at, declared)
                        + Suggestions.didYouMean(property, keys(declared + "/properties"));
            case "required":
                return "missing required key '" + property + "' in " + mappingName(at, declared);
            case "propertyNames":
                String ref = error.getSchemaNode().path("$ref").asText().replace("#", "");
                return "invalid id '"
                        + property
                        + "' in '"
                        + key(at)
                        + "': use "
                        + PATTERNS.getOrDefault(ref, "another id");
            default:
                break;
        }
        int valueDepth = valueDepth(at);
        if (valueDepth > 0) {
            return valueMessage(error, node, at, valueDepth);
        }
        String key = key(at);
        if (error.getType().equals("type")) {
            switch (error.getSchemaNode().asText()) {
                case "object":
                    return mappingName(at, declared)
                            + " must be a map, not "
                            + YamlNode.describe(node);
                case "array":
                    return "'" + key + "' must be a list, not " + YamlNode.describe(node);
                case "boolean":
                    return "'" + key + "' must be true or false";
                case "integer":
                    return "'" + key + "' must be a whole number written in decimal";
                default:
                    return notText(key, node);
            }
        }
        String text = nonBlankText(node);
        if (text == null) {
            return notText(key, node);
        }
        return switch (error.getType()) {
            case "enum" ->
                    "'"
                            + key
                            + "' must be one of "
                            + String.join(", ", texts(error.getSchemaNode()))
                            + ", not '"
                            + text
                            + "'";
            case "pattern", "format" ->
                    declared.startsWith("/$defs/date")
                            ? "'" + key + "' must be a date written YYYY-MM-DD, not '" + text + "'"
                            : "'"
                                    + key
                                    + "' must be "
                                    + PATTERNS.getOrDefault(
                                            declared, "like " + error.getSchemaNode().asText())
                                    + ", not '"
                                    + text
                                    + "'";
            default -> "'" + key + "' " + error.getMessage().replace(at + ": ", "");
        };
    }

    /** A fact's value is judged by the fact's type, so the message names that type. */
    private String valueMessage(
            ValidationMessage error, YamlNode node, JsonNodePath at, int depth) {
        if (depth < at.getNameCount()) {
            return notValueText(node); // an item of a list or map
        }
        YamlNode type = PolicyShape.nodeAt(root, at.getParent().append("type"));
        String typeName = type instanceof YamlNode.Scalar s ? s.text() : "";
        if (typeName.equals("list")) {
            return "a list value must be a non-empty list of strings, not "
                    + YamlNode.describe(node);
        }
        if (typeName.equals("map")) {
            return "a map value must be a non-empty map of strings, not " + YamlNode.describe(node);
        }
        String text = nonBlankText(node);
        if (text == null || error.getType().equals("type")) {
            return notValueText(node);
        }
        if (error.getType().equals("not")) {
            return "a " + typeName + " value must be on one line";
        }
        if (typeName.equals("duration")) {
            return "a duration is a number and a unit (min, h, d, w) like \"7d\", not '"
                    + text
                    + "'";
        }
        return "a url must start with http:// or https://, not '" + text + "'";
    }

    private static String notValueText(YamlNode node) {
        if (node instanceof YamlNode.Scalar s
                && s.kind() != YamlNode.ScalarKind.NULL
                && s.kind() != YamlNode.ScalarKind.STRING) {
            return "value must be a string, but YAML reads " + quoteIt(s);
        }
        return "value must be a non-empty string, not " + YamlNode.describe(node);
    }

    private static String notText(String key, YamlNode node) {
        if (node instanceof YamlNode.Scalar s && s.kind() == YamlNode.ScalarKind.STRING) {
            return "'" + key + "' must not be empty";
        }
        if (node instanceof YamlNode.Scalar s && s.kind() != YamlNode.ScalarKind.NULL) {
            return "'" + key + "' must be a string, but YAML reads " + quoteIt(s);
        }
        return "'" + key + "' must be a string, not " + YamlNode.describe(node);
    }

    private static String quoteIt(YamlNode.Scalar s) {
        return "'"
                + s.text()
                + "' as "
                + YamlNode.describe(s)
                + ": quote it (\""
                + s.text()
                + "\")";
    }

    /** The text of a string that is not blank; null for anything else. */
    private static String nonBlankText(YamlNode node) {
        return node instanceof YamlNode.Scalar s
                        && s.kind() == YamlNode.ScalarKind.STRING
                        && !s.text().isBlank()
                ? s.text()
                : null;
    }

    /** How deep a fact's {@code value} is in the path (/facts/ID/value is 3); 0 if not in one. */
    private static int valueDepth(JsonNodePath at) {
        return at.getNameCount() >= 3
                        && at.getName(0).equals("facts")
                        && at.getName(2).equals("value")
                ? 3
                : 0;
    }

    private String mappingName(JsonNodePath at, String declared) {
        if (at.getNameCount() == 0) {
            String file = root.position().file();
            return file.equals(PolicyLoader.FILE) ? "the policy file" : file;
        }
        String def = declared.startsWith("/$defs/") ? declared.split("/")[2] : "";
        String pattern = NAMED.get(def);
        return pattern != null ? String.format(pattern, key(at)) : "'" + key(at) + "'";
    }

    /** The key a value was written under; for a list item, the list's key. */
    private static String key(JsonNodePath at) {
        for (int i = at.getNameCount() - 1; i >= 0; i--) {
            if (at.getElement(i) instanceof String name) {
                return name;
            }
        }
        return "the policy file";
    }

    private List<String> keys(String pointer) {
        List<String> keys = new ArrayList<>();
        schema.at(pointer).fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }
}
