package com.sparkfabrik.handbook.policy;

import static com.sparkfabrik.handbook.policy.YamlReader.MAX_DEPTH;
import static com.sparkfabrik.handbook.policy.YamlReader.MAX_SCALAR_CHARS;
import static com.sparkfabrik.handbook.policy.YamlReader.RULE;
import static com.sparkfabrik.handbook.policy.YamlReader.at;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.sparkfabrik.handbook.diag.Diagnostics;
import com.sparkfabrik.handbook.diag.SourcePosition;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One pass over a YAML parser's token stream into {@link YamlNode}s: refuses anchors, aliases,
 * tags, merge keys, duplicate keys and forbidden decoded characters as it goes, and stops at {@link
 * YamlReader#MAX_DEPTH} by throwing {@link YamlReader.DepthExceeded}.
 */
final class YamlWalk {
    private final YAMLParser parser;
    private final String file;
    private final Diagnostics diagnostics;
    private final RefusedConstruct reuse =
            new RefusedConstruct("anchors and aliases are not allowed: write the values out");
    private final RefusedConstruct tags = new RefusedConstruct("explicit tags are not allowed");

    YamlWalk(YAMLParser parser, String file, Diagnostics diagnostics) {
        this.parser = parser;
        this.file = file;
        this.diagnostics = diagnostics;
    }

    /** Reports each refused construct once, at its first use (a billion laughs is one error). */
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
                throw new YamlReader.DepthExceeded(here);
            }
            return token == JsonToken.START_OBJECT ? mapping(here, depth) : sequence(here, depth);
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
                diagnostics.error(RULE, keyAt, "merge key '<<' is not allowed: write the keys out");
            } else if (first != null) {
                diagnostics.error(
                        RULE,
                        keyAt,
                        "duplicate key '" + key + "' (first defined at line " + first.line() + ")");
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
     * The file's text was checked for control characters before parsing; a quoted scalar can still
     * write one as an escape ({@code "\\e"}, {@code "\\x00"}, {@code "\\ud800"}). The decoded value
     * is what reaches pages and terminals, so it is checked too.
     */
    private boolean decodedTextIsClean(String text, SourcePosition at) {
        int bad = DecodedText.firstForbidden(text);
        if (bad < 0) {
            return true;
        }
        diagnostics.error(RULE, at, DecodedText.describe(text, bad) + " is not allowed: remove it");
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
