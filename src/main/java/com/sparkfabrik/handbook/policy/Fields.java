package com.sparkfabrik.handbook.policy;

import com.sparkfabrik.handbook.diag.Diagnostics;
import com.sparkfabrik.handbook.diag.SourcePosition;
import com.sparkfabrik.handbook.diag.Suggestions;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Typed access to one YAML mapping of known keys. Unknown keys, missing required keys and values of
 * the wrong type are reported where they were written; a getter then returns empty.
 */
final class Fields {

    static final String SCHEMA = "schema";
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
    private final YamlNode.Mapping mapping;
    private final String what;
    private final Diagnostics diagnostics;

    private Fields(
            YamlNode.Mapping mapping, String what, Set<String> allowed, Diagnostics diagnostics) {
        this.mapping = mapping;
        this.what = what;
        this.diagnostics = diagnostics;
        for (YamlNode.Entry entry : mapping.entries()) {
            if (allowed.contains(entry.key())) {
                entries.put(entry.key(), entry);
            } else {
                diagnostics.error(
                        SCHEMA,
                        entry.keyPosition(),
                        "unknown key '"
                                + entry.key()
                                + "' in "
                                + what
                                + Suggestions.didYouMean(entry.key(), allowed));
            }
        }
    }

    /** The mapping's fields, or empty (reported) when the node is not a mapping. */
    static Optional<Fields> of(
            YamlNode node, String what, Set<String> allowed, Diagnostics diagnostics) {
        if (node instanceof YamlNode.Mapping m) {
            return Optional.of(new Fields(m, what, allowed, diagnostics));
        }
        diagnostics.error(
                SCHEMA, node.position(), what + " must be a map, not " + YamlNode.describe(node));
        return Optional.empty();
    }

    SourcePosition position() {
        return mapping.position();
    }

    Map<String, SourcePosition> valuePositions() {
        Map<String, SourcePosition> positions = new LinkedHashMap<>();
        entries.forEach((key, entry) -> positions.put(key, entry.value().position()));
        return positions;
    }

    Optional<YamlNode> node(String key, boolean required) {
        YamlNode.Entry entry = entries.get(key);
        if (entry == null) {
            if (required) {
                diagnostics.error(
                        SCHEMA,
                        mapping.position(),
                        "missing required key '" + key + "' in " + what);
            }
            return Optional.empty();
        }
        return Optional.of(entry.value());
    }

    Optional<String> string(String key, boolean required) {
        return node(key, required).flatMap(n -> text(n, key));
    }

    /** A scalar's text, refusing anything YAML would not read as a string. */
    Optional<String> text(YamlNode node, String key) {
        if (node instanceof YamlNode.Scalar s && s.kind() == YamlNode.ScalarKind.STRING) {
            if (s.text().isBlank()) {
                diagnostics.error(SCHEMA, node.position(), "'" + key + "' must not be empty");
                return Optional.empty();
            }
            return Optional.of(s.text());
        }
        if (node instanceof YamlNode.Scalar s && s.kind() != YamlNode.ScalarKind.NULL) {
            diagnostics.error(
                    SCHEMA,
                    node.position(),
                    "'"
                            + key
                            + "' must be a string, but YAML reads '"
                            + s.text()
                            + "' as "
                            + YamlNode.describe(node)
                            + ": quote it (\""
                            + s.text()
                            + "\")");
        } else {
            diagnostics.error(
                    SCHEMA,
                    node.position(),
                    "'" + key + "' must be a string, not " + YamlNode.describe(node));
        }
        return Optional.empty();
    }

    Optional<String> matching(String key, boolean required, Pattern pattern, String rule) {
        return string(key, required)
                .filter(
                        value -> {
                            boolean ok = pattern.matcher(value).matches();
                            if (!ok) {
                                diagnostics.error(
                                        SCHEMA,
                                        entries.get(key).value().position(),
                                        "'" + key + "' must be " + rule + ", not '" + value + "'");
                            }
                            return ok;
                        });
    }

    Optional<LocalDate> date(String key, boolean required) {
        return node(key, required)
                .flatMap(
                        n -> {
                            Optional<String> text = text(n, key);
                            if (text.isEmpty()) {
                                return Optional.empty();
                            }
                            try {
                                if (DATE.matcher(text.get()).matches()) {
                                    return Optional.of(LocalDate.parse(text.get()));
                                }
                            } catch (DateTimeParseException e) {
                                // reported below
                            }
                            diagnostics.error(
                                    SCHEMA,
                                    n.position(),
                                    "'"
                                            + key
                                            + "' must be a date written YYYY-MM-DD, not '"
                                            + text.get()
                                            + "'");
                            return Optional.empty();
                        });
    }

    Optional<Boolean> bool(String key) {
        return node(key, false)
                .flatMap(
                        n -> {
                            if (n instanceof YamlNode.Scalar s
                                    && s.kind() == YamlNode.ScalarKind.BOOLEAN
                                    && (s.text().equals("true") || s.text().equals("false"))) {
                                return Optional.of(Boolean.parseBoolean(s.text()));
                            }
                            diagnostics.error(
                                    SCHEMA, n.position(), "'" + key + "' must be true or false");
                            return Optional.empty();
                        });
    }

    Optional<Integer> integer(String key) {
        return node(key, false)
                .flatMap(
                        n -> {
                            if (n instanceof YamlNode.Scalar s
                                    && s.kind() == YamlNode.ScalarKind.INTEGER
                                    && s.text().matches("-?[0-9]{1,9}")) {
                                return Optional.of(Integer.parseInt(s.text()));
                            }
                            diagnostics.error(
                                    SCHEMA,
                                    n.position(),
                                    "'" + key + "' must be a whole number written in decimal");
                            return Optional.empty();
                        });
    }

    /** A list of strings; an item of the wrong type is reported and skipped. */
    Optional<List<Located>> stringList(String key) {
        return node(key, false)
                .flatMap(
                        n -> {
                            if (!(n instanceof YamlNode.Sequence seq)) {
                                diagnostics.error(
                                        SCHEMA,
                                        n.position(),
                                        "'"
                                                + key
                                                + "' must be a list, not "
                                                + YamlNode.describe(n));
                                return Optional.empty();
                            }
                            List<Located> items = new ArrayList<>();
                            for (YamlNode item : seq.items()) {
                                text(item, key)
                                        .ifPresent(t -> items.add(new Located(t, item.position())));
                            }
                            return Optional.of(items);
                        });
    }

    /** A string and where it was written. */
    record Located(String text, SourcePosition position) {}
}
