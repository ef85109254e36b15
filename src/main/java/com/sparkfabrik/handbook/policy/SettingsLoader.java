package com.sparkfabrik.handbook.policy;

import com.sparkfabrik.handbook.diag.Diagnostics;
import com.sparkfabrik.handbook.diag.Severity;
import com.sparkfabrik.handbook.diag.SourcePosition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads {@code handbook.yaml} with the same safe YAML subset as the policy, and checks it against
 * its JSON Schema ({@code schema/handbook.schema.json}, the one declaration of its shape, which
 * editors use too): every key known, every value checked, every problem located. A source folder
 * without the file has the defaults.
 */
public final class SettingsLoader {

    public static final String FILE = "handbook.yaml";

    static final String SCHEMA = "schema/handbook.schema.json";

    private SettingsLoader() {}

    /** The settings, or empty when the file has errors (all reported). */
    public static Optional<Settings> load(Path sourceDir, Diagnostics diagnostics) {
        Path file = sourceDir.resolve(FILE);
        if (!Files.exists(file)) {
            return Optional.of(Settings.defaults());
        }
        try {
            if (Files.isSymbolicLink(file) || Files.size(file) > PolicyLoader.MAX_BYTES) {
                diagnostics.error(
                        "yaml",
                        SourcePosition.of(FILE),
                        "handbook.yaml must be a regular file of at most "
                                + PolicyLoader.MAX_BYTES / 1024
                                + " KiB");
                return Optional.empty();
            }
            return PolicyLoader.decode(Files.readAllBytes(file), FILE, diagnostics)
                    .flatMap(text -> parse(text, diagnostics));
        } catch (IOException e) {
            diagnostics.error(
                    "yaml", SourcePosition.of(FILE), "cannot read the file: " + e.getMessage());
            return Optional.empty();
        }
    }

    static Optional<Settings> parse(String text, Diagnostics diagnostics) {
        Optional<YamlNode> read = new YamlReader().read(text, FILE, diagnostics);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        YamlNode root = levelsAsWritten(read.get());
        if (!Schemas.settings().check(root, diagnostics)
                || !(root instanceof YamlNode.Mapping mapping)) {
            return Optional.empty();
        }
        Map<String, Severity> severities = new TreeMap<>();
        if (mapping.entry("severity") != null
                && mapping.entry("severity").value() instanceof YamlNode.Mapping rules) {
            for (YamlNode.Entry rule : rules.entries()) {
                severities.put(
                        rule.key(), Severity.valueOf(text(rule.value()).toUpperCase(Locale.ROOT)));
            }
        }
        return Optional.of(
                new Settings(
                        string(mapping, "base_url").orElse(""),
                        string(mapping, "repository").orElse(""),
                        string(mapping, "edit_url").orElse(""),
                        string(mapping, "language").orElse(Settings.DEFAULT_LANGUAGE),
                        severities,
                        string(mapping, "history_start")));
    }

    private static Optional<String> string(YamlNode.Mapping mapping, String key) {
        return Optional.ofNullable(mapping.entry(key)).map(e -> text(e.value()));
    }

    private static String text(YamlNode node) {
        return ((YamlNode.Scalar) node).text();
    }

    /**
     * {@code off} under {@code severity} is read as written: YAML 1.1 would make it a boolean,
     * editors (YAML 1.2) a string, and the schema asks for the string.
     */
    private static YamlNode levelsAsWritten(YamlNode root) {
        if (!(root instanceof YamlNode.Mapping mapping)
                || mapping.entry("severity") == null
                || !(mapping.entry("severity").value() instanceof YamlNode.Mapping rules)) {
            return root;
        }
        List<YamlNode.Entry> levels =
                rules.entries().stream()
                        .map(
                                e ->
                                        e.value() instanceof YamlNode.Scalar s
                                                        && s.kind() == YamlNode.ScalarKind.BOOLEAN
                                                        && s.text().equals("off")
                                                ? new YamlNode.Entry(
                                                        e.key(),
                                                        e.keyPosition(),
                                                        new YamlNode.Scalar(
                                                                s.text(),
                                                                YamlNode.ScalarKind.STRING,
                                                                s.position()))
                                                : e)
                        .toList();
        List<YamlNode.Entry> entries =
                mapping.entries().stream()
                        .map(
                                e ->
                                        e.key().equals("severity")
                                                ? new YamlNode.Entry(
                                                        e.key(),
                                                        e.keyPosition(),
                                                        new YamlNode.Mapping(
                                                                levels, rules.position()))
                                                : e)
                        .toList();
        return new YamlNode.Mapping(entries, mapping.position());
    }
}
