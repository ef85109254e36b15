package com.sparkfabrik.handbook.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sparkfabrik.handbook.content.RenderedPage;
import java.util.Collection;

/**
 * The search index as a script that sets a global, so search works from {@code file://} too (a
 * browser will not fetch a JSON file there). Each page's entry is serialized on its own, so a
 * rebuild re-serializes only the pages that changed.
 */
final class SearchIndex {

    static final int MAX_TEXT = 1500;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SearchIndex() {}

    /**
     * One page's entry as JSON; {@code "</"} is escaped so no text can close the script element
     * early.
     */
    static String entry(RenderedPage page) {
        ObjectNode entry = MAPPER.createObjectNode();
        entry.put("title", page.source().title());
        entry.put("url", page.source().outputPath());
        ArrayNode headings = entry.putArray("headings");
        page.headings().forEach(h -> headings.add(h.text()));
        String text = page.text().replaceAll("\\s+", " ").strip();
        entry.put("text", text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
        try {
            return MAPPER.writeValueAsString(entry).replace("</", "<\\/");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the index is plain values and always serializes", e);
        }
    }

    /** The script from entries already in page-id order. */
    static String script(Collection<String> entries) {
        return "window.HANDBOOK_SEARCH = [" + String.join(",", entries) + "];\n";
    }
}
