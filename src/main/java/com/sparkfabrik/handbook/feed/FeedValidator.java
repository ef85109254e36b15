package com.sparkfabrik.handbook.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.sparkfabrik.handbook.diag.Diagnostic;
import com.sparkfabrik.handbook.diag.SourcePosition;
import com.sparkfabrik.handbook.policy.PolicyLoader;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Validates a generated feed against the strict variant of its schema, so the generator can never
 * publish a feed its own schema does not describe. Every violation is an error (rule {@value
 * #RULE}) located at the policy.yaml line of the fact it concerns, when there is one. Build one per
 * build: compiling the schema is the expensive part.
 */
final class FeedValidator {

    public static final String RULE = "feed-schema";
    private static final Pattern SOURCE = Pattern.compile("policy\\.yaml#L([1-9][0-9]{0,8})");

    private final SchemaCheck strict;

    public FeedValidator(FeedSchema schema) {
        this.strict = new SchemaCheck(schema.strict());
    }

    public List<Diagnostic> validate(Feed feed) {
        return validate(feed.toJson());
    }

    /** Validates a feed document (as generated, or altered by a test). */
    public List<Diagnostic> validate(JsonNode document) {
        return strict.violations(document).stream()
                .map(
                        v ->
                                Diagnostic.error(
                                        RULE,
                                        positionOf(document, v.path()),
                                        "the generated policy.json does not match"
                                                + " its schema at "
                                                + v.where()
                                                + ": "
                                                + v.message()))
                .toList();
    }

    /**
     * The policy.yaml line of the fact a JSON path leads into ({@code /facts/3/...}), else the
     * file.
     */
    static SourcePosition positionOf(JsonNode document, List<Object> path) {
        if (path.size() >= 2
                && "facts".equals(path.get(0))
                && path.get(1) instanceof Integer index) {
            Matcher m = SOURCE.matcher(document.path("facts").path(index).path("source").asText());
            if (m.matches()) {
                return new SourcePosition(PolicyLoader.FILE, Integer.parseInt(m.group(1)), 0);
            }
        }
        return SourcePosition.of(PolicyLoader.FILE);
    }
}
