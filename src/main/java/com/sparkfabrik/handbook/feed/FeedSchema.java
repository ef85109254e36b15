package com.sparkfabrik.handbook.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sparkfabrik.handbook.policy.SchemaId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The feed's JSON Schema (2020-12), in two variants. The published one, written to {@code site/} at
 * {@link #SITE_PATH}, lets consumers meet unknown properties (they must ignore them). The strict
 * one, derived from it, closes every object the schema describes ({@code unevaluatedProperties:
 * false}) so the generator cannot emit a field the schema does not document.
 */
public final class FeedSchema {

    /** Where the schema is published, relative to the site root and so to policy.json. */
    public static final String SITE_PATH = "schema/policy-feed/v1.json";

    /** The feed format version this generator writes: MAJOR.MINOR.PATCH. */
    public static final String VERSION = "1.1.0";

    public static final int MAJOR = 1;

    private static final String RESOURCE = "/" + SITE_PATH;

    /** Keywords whose value is a subschema, or a list or map of them. */
    private static final List<String> ONE =
            List.of(
                    "items",
                    "additionalProperties",
                    "unevaluatedProperties",
                    "unevaluatedItems",
                    "not",
                    "if",
                    "then",
                    "else",
                    "contains",
                    "propertyNames");

    private static final List<String> MANY = List.of("allOf", "anyOf", "oneOf", "prefixItems");
    private static final List<String> NAMED =
            List.of("properties", "patternProperties", "$defs", "dependentSchemas");

    private final byte[] published;

    /**
     * Parsed on first use: a build publishes the bytes, and needs the tree only to compare its feed
     * with a previous one (reading it cost a cold build 20-30 ms before its first page).
     */
    private JsonNode publishedTree;

    private FeedSchema(byte[] published) {
        this.published = published;
    }

    /** Reads the schema bundled with the generator; a missing or broken resource is a bug. */
    public static FeedSchema load() {
        try (InputStream in = FeedSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(
                        "the feed schema " + RESOURCE + " is missing from the classpath");
            }
            return new FeedSchema(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the feed schema " + RESOURCE, e);
        }
    }

    /**
     * The feed's {@code $schema}: the schema's URL under the site's base URL, or without one its
     * path relative to policy.json, which sits at the site root.
     */
    public static String url(String baseUrl) {
        return FeedBuilder.normalizeBaseUrl(baseUrl) + SITE_PATH;
    }

    /**
     * The bytes to publish: the repository file, its {@code $id} the schema's URL when the site has
     * a base URL.
     */
    public byte[] publishedBytes(String baseUrl) {
        return SchemaId.publish(
                published.clone(), SITE_PATH, FeedBuilder.normalizeBaseUrl(baseUrl));
    }

    public JsonNode published() {
        return tree().deepCopy();
    }

    public JsonNode strict() {
        return strictVariant(tree());
    }

    private synchronized JsonNode tree() {
        if (publishedTree == null) {
            try {
                publishedTree = new ObjectMapper().readTree(published);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the feed schema " + RESOURCE, e);
            }
        }
        return publishedTree;
    }

    /**
     * The published schema with {@code unevaluatedProperties: false} added to every object schema
     * that lists its {@code properties} and says nothing about other properties. Maps (objects
     * described by {@code additionalProperties}) are left as they are.
     */
    static JsonNode strictVariant(JsonNode schema) {
        JsonNode copy = schema.deepCopy();
        close(copy);
        return copy;
    }

    private static void close(JsonNode schema) {
        if (!(schema instanceof ObjectNode object)) {
            return;
        }
        if (object.path("type").asText().equals("object")
                && object.has("properties")
                && !object.has("additionalProperties")
                && !object.has("unevaluatedProperties")) {
            object.put("unevaluatedProperties", false);
        }
        ONE.forEach(k -> close(object.get(k)));
        MANY.forEach(k -> object.path(k).forEach(FeedSchema::close));
        for (String keyword : NAMED) {
            JsonNode named = object.get(keyword);
            if (named != null && named.isObject()) {
                named.properties().forEach(entry -> close(entry.getValue()));
            }
        }
    }
}
