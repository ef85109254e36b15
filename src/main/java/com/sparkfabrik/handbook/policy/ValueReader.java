package com.sparkfabrik.handbook.policy;

import com.sparkfabrik.handbook.diag.Diagnostics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads a fact's {@code value} according to its declared type. */
final class ValueReader {

    static final Pattern DURATION = Pattern.compile("[1-9][0-9]{0,5}(min|h|d|w)");
    private static final Pattern URL = Pattern.compile("https?://[^\\s\"<>]+");

    private final Diagnostics diagnostics;

    ValueReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    Optional<FactValue> read(YamlNode node, ValueType type) {
        return switch (type) {
            case LIST -> list(node);
            case MAP -> map(node);
            default -> scalar(node, type);
        };
    }

    private Optional<FactValue> scalar(YamlNode node, ValueType type) {
        Optional<String> text = text(node);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String value = text.get();
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            return fail(node, "a " + type.yamlName() + " value must be on one line");
        }
        if (type == ValueType.DURATION && !DURATION.matcher(value).matches()) {
            return fail(
                    node,
                    "a duration is a number and a unit (min, h, d, w) like \"7d\", not '"
                            + value
                            + "'");
        }
        if (type == ValueType.URL && !URL.matcher(value).matches()) {
            return fail(node, "a url must start with http:// or https://, not '" + value + "'");
        }
        return Optional.of(new FactValue.Scalar(value));
    }

    private Optional<FactValue> list(YamlNode node) {
        if (!(node instanceof YamlNode.Sequence seq) || seq.items().isEmpty()) {
            return fail(
                    node,
                    "a list value must be a non-empty list of strings, not "
                            + YamlNode.describe(node));
        }
        List<String> items = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            text(item).ifPresent(items::add);
        }
        return items.size() == seq.items().size()
                ? Optional.of(new FactValue.ListValue(items))
                : Optional.empty();
    }

    private Optional<FactValue> map(YamlNode node) {
        if (!(node instanceof YamlNode.Mapping mapping) || mapping.entries().isEmpty()) {
            return fail(
                    node,
                    "a map value must be a non-empty map of strings, not "
                            + YamlNode.describe(node));
        }
        Map<String, String> entries = new LinkedHashMap<>();
        for (YamlNode.Entry entry : mapping.entries()) {
            text(entry.value()).ifPresent(t -> entries.put(entry.key(), t));
        }
        return entries.size() == mapping.entries().size()
                ? Optional.of(new FactValue.MapValue(entries))
                : Optional.empty();
    }

    private Optional<String> text(YamlNode node) {
        if (node instanceof YamlNode.Scalar s
                && s.kind() == YamlNode.ScalarKind.STRING
                && !s.text().isBlank()) {
            return Optional.of(s.text());
        }
        if (node instanceof YamlNode.Scalar s
                && s.kind() != YamlNode.ScalarKind.NULL
                && s.kind() != YamlNode.ScalarKind.STRING) {
            diagnostics.error(
                    Fields.SCHEMA,
                    node.position(),
                    "value must be a string, but YAML reads '"
                            + s.text()
                            + "' as "
                            + YamlNode.describe(node)
                            + ": quote it (\""
                            + s.text()
                            + "\")");
            return Optional.empty();
        }
        diagnostics.error(
                Fields.SCHEMA,
                node.position(),
                "value must be a non-empty string, not " + YamlNode.describe(node));
        return Optional.empty();
    }

    private Optional<FactValue> fail(YamlNode node, String message) {
        diagnostics.error(Fields.SCHEMA, node.position(), message);
        return Optional.empty();
    }
}
