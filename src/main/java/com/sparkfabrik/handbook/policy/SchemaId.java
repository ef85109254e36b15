package com.sparkfabrik.handbook.policy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.charset.StandardCharsets;

/**
 * The {@code $id} of a schema the site publishes. In the jar it is the schema's own file name
 * ({@code "$id": "policy.schema.json"}), a reference relative to wherever the file is read from, so
 * no made-up host is ever written. With a base URL the published copy says where it lives: the base
 * URL and its path in the site. Nothing else in the file changes.
 */
public final class SchemaId {

    private SchemaId() {}

    /**
     * The schema's bytes as published at {@code sitePath} of a site at {@code baseUrl} (empty: no
     * base URL, the bytes unchanged).
     */
    public static byte[] publish(byte[] schema, String sitePath, String baseUrl) {
        if (baseUrl.isEmpty()) {
            return schema;
        }
        String text = new String(schema, StandardCharsets.UTF_8);
        String relative = "\"$id\": " + quoted(sitePath.substring(sitePath.lastIndexOf('/') + 1));
        int at = text.indexOf(relative);
        if (at < 0) {
            throw new IllegalStateException(
                    "the schema " + sitePath + " does not start with " + relative);
        }
        String folder = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        return (text.substring(0, at)
                        + "\"$id\": "
                        + quoted(folder + sitePath)
                        + text.substring(at + relative.length()))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String quoted(String s) {
        return JsonNodeFactory.instance.textNode(s).toString();
    }
}
