package com.sparkfabrik.handbook.policy;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.sparkfabrik.handbook.diag.Diagnostics;
import com.sparkfabrik.handbook.diag.SourcePosition;
import java.io.IOException;
import java.io.StringReader;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads a restricted, safe subset of YAML into {@link YamlNode}s with positions. Refuses what
 * Jackson would otherwise accept silently: anchors, aliases (read as their anchor's name), merge
 * keys, explicit tags, duplicate keys, a second document, and nesting deeper than {@link
 * #MAX_DEPTH}.
 */
final class YamlReader {

    static final int MAX_DEPTH = 32;

    /**
     * Longer than any statement or value a policy needs; a longer one would be copied into every
     * page.
     */
    static final int MAX_SCALAR_CHARS = 64 * 1024;

    static final String RULE = "yaml";

    private final YAMLFactory factory;

    YamlReader() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // duplicates are reported by us, with both positions
        options.setMaxAliasesForCollections(1);
        factory =
                YAMLFactory.builder()
                        .loaderOptions(options)
                        .streamReadConstraints(
                                StreamReadConstraints.builder()
                                        .maxNestingDepth(MAX_DEPTH + 8)
                                        .maxStringLength(PolicyLoader.MAX_BYTES)
                                        .build())
                        .build();
    }

    /** The document's root, or empty when it had errors (all reported to {@code diagnostics}). */
    Optional<YamlNode> read(String text, String file, Diagnostics diagnostics) {
        int errorsBefore = (int) diagnostics.errorCount();
        try (YAMLParser parser = (YAMLParser) factory.createParser(new StringReader(text))) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                diagnostics.error(RULE, new SourcePosition(file, 1, 1), "the file is empty");
                return Optional.empty();
            }
            YamlWalk walk = new YamlWalk(parser, file, diagnostics);
            YamlNode root = walk.value(1);
            walk.report();
            if (root != null && parser.nextToken() != null) {
                diagnostics.error(
                        RULE,
                        at(file, parser.currentTokenLocation()),
                        "a second YAML document is not allowed: keep the policy in one document");
            }
            return diagnostics.errorCount() > errorsBefore
                    ? Optional.empty()
                    : Optional.ofNullable(root);
        } catch (DepthExceeded e) {
            diagnostics.error(
                    RULE,
                    e.position,
                    "nesting deeper than " + MAX_DEPTH + " levels is not allowed");
            return Optional.empty();
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof MarkedYAMLException marked
                    && marked.getProblemMark() != null) {
                Mark mark = marked.getProblemMark();
                diagnostics.error(
                        RULE,
                        new SourcePosition(file, mark.getLine() + 1, mark.getColumn() + 1),
                        "invalid YAML: "
                                + marked.getProblem()
                                + (marked.getContext() == null
                                        ? ""
                                        : " (" + marked.getContext() + ")"));
                return Optional.empty();
            }
            diagnostics.error(RULE, at(file, e.getLocation()), syntaxMessage(e));
            return Optional.empty();
        } catch (IOException e) {
            diagnostics.error(RULE, SourcePosition.of(file), "cannot read: " + e.getMessage());
            return Optional.empty();
        }
    }

    static SourcePosition at(String file, JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return SourcePosition.of(file);
        }
        return new SourcePosition(file, location.getLineNr(), Math.max(1, location.getColumnNr()));
    }

    /** The first line of the parser's message, without Jackson's source excerpt. */
    private static String syntaxMessage(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "invalid YAML" : e.getOriginalMessage();
        message = message.strip();
        int newline = message.indexOf('\n');
        String first = newline < 0 ? message : message.substring(0, newline);
        return "invalid YAML: " + first.strip();
    }

    /** Thrown out of the walk at the depth limit; reported as one located error. */
    static final class DepthExceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient SourcePosition position;

        DepthExceeded(SourcePosition position) {
            super(null, null, false, false);
            this.position = position;
        }
    }
}
