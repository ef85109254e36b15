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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    private static final String RULE = "yaml";

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
            Walk walk = new Walk(parser, file, diagnostics);
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

    /** One pass over the token stream; stops descending at the depth limit. */
    private static final class Walk {
        private final YAMLParser parser;
        private final String file;
        private final Diagnostics diagnostics;
        private final OneCause reuse =
                new OneCause("anchors and aliases are not allowed: write the values out");
        private final OneCause tags = new OneCause("explicit tags are not allowed");

        Walk(YAMLParser parser, String file, Diagnostics diagnostics) {
            this.parser = parser;
            this.file = file;
            this.diagnostics = diagnostics;
        }

        /**
         * Reports each refused construct once, at its first use (a billion laughs is one error).
         */
        void report() {
            reuse.report(diagnostics);
            tags.report(diagnostics);
        }

        /** Reads the value at the current token; null if it was refused. */
        YamlNode value(int depth) throws IOException {
            SourcePosition here = at(file, parser.currentTokenLocation());
            if (parser.isCurrentAlias()) {
                reuse.seen(here, "alias '*" + parser.getText() + "'");
                return null;
            }
            if (parser.getObjectId() != null) {
                reuse.seen(here, "anchor '&" + parser.getObjectId() + "'");
            }
            if (parser.getTypeId() != null) {
                tags.seen(here, "explicit tag '" + parser.getTypeId() + "'");
            }
            JsonToken token = parser.currentToken();
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                if (depth > MAX_DEPTH) {
                    throw new DepthExceeded(here);
                }
                return token == JsonToken.START_OBJECT
                        ? mapping(here, depth)
                        : sequence(here, depth);
            }
            String text = parser.getText();
            if (text != null && text.length() > MAX_SCALAR_CHARS) {
                diagnostics.error(
                        RULE,
                        here,
                        "a value longer than " + MAX_SCALAR_CHARS + " characters is not allowed");
                return null;
            }
            if (text != null && !decodedTextIsClean(text, here)) {
                return null;
            }
            return new YamlNode.Scalar(text, kindOf(token), here);
        }

        private YamlNode mapping(SourcePosition start, int depth) throws IOException {
            List<YamlNode.Entry> entries = new ArrayList<>();
            Map<String, SourcePosition> seen = new HashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                SourcePosition keyAt = at(file, parser.currentTokenLocation());
                if (key.length() > MAX_SCALAR_CHARS) {
                    diagnostics.error(
                            RULE,
                            keyAt,
                            "a key longer than " + MAX_SCALAR_CHARS + " characters is not allowed");
                    key = key.substring(0, 64) + "...";
                }
                boolean keyClean = decodedTextIsClean(key, keyAt);
                parser.nextToken();
                YamlNode value = value(depth + 1);
                if (!keyClean) {
                    continue;
                }
                SourcePosition first = seen.putIfAbsent(key, keyAt);
                if ("<<".equals(key)) {
                    diagnostics.error(
                            RULE, keyAt, "merge key '<<' is not allowed: write the keys out");
                } else if (first != null) {
                    diagnostics.error(
                            RULE,
                            keyAt,
                            "duplicate key '"
                                    + key
                                    + "' (first defined at line "
                                    + first.line()
                                    + ")");
                } else if (value != null) {
                    entries.add(new YamlNode.Entry(key, keyAt, value));
                }
            }
            return new YamlNode.Mapping(List.copyOf(entries), start);
        }

        private YamlNode sequence(SourcePosition start, int depth) throws IOException {
            List<YamlNode> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                YamlNode item = value(depth + 1);
                if (item != null) {
                    items.add(item);
                }
            }
            return new YamlNode.Sequence(List.copyOf(items), start);
        }

        /**
         * The file's text was checked for control characters before parsing; a quoted scalar can
         * still write one as an escape ({@code "\\e"}, {@code "\\x00"}, {@code "\\ud800"}). The
         * decoded value is what reaches pages and terminals, so it is checked too.
         */
        private boolean decodedTextIsClean(String text, SourcePosition at) {
            int bad = DecodedText.firstForbidden(text);
            if (bad < 0) {
                return true;
            }
            diagnostics.error(
                    RULE, at, DecodedText.describe(text, bad) + " is not allowed: remove it");
            return false;
        }

        private static YamlNode.ScalarKind kindOf(JsonToken token) {
            return switch (token) {
                case VALUE_TRUE, VALUE_FALSE -> YamlNode.ScalarKind.BOOLEAN;
                case VALUE_NUMBER_INT -> YamlNode.ScalarKind.INTEGER;
                case VALUE_NUMBER_FLOAT -> YamlNode.ScalarKind.FLOAT;
                case VALUE_NULL -> YamlNode.ScalarKind.NULL;
                default -> YamlNode.ScalarKind.STRING;
            };
        }
    }

    /** Every use of one refused construct, reported as one error at the first. */
    private static final class OneCause {
        private final String rule;
        private SourcePosition first;
        private String firstName;
        private int count;

        OneCause(String rule) {
            this.rule = rule;
        }

        void seen(SourcePosition at, String name) {
            if (count++ == 0) {
                first = at;
                firstName = name;
            }
        }

        void report(Diagnostics diagnostics) {
            if (count > 0) {
                diagnostics.error(
                        RULE,
                        first,
                        rule
                                + " ("
                                + firstName
                                + (count > 1 ? " and " + (count - 1) + " more" : "")
                                + ")");
            }
        }
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
