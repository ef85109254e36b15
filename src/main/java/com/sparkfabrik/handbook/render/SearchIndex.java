package com.sparkfabrik.handbook.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sparkfabrik.handbook.content.RenderedPage;
import java.util.Comparator;
import java.util.List;

/**
 * The search index as a script that sets a global, so search works from {@code file://} too
 * (a browser will not fetch a JSON file there).
 */
final class SearchIndex {

    static final int MAX_TEXT = 4000;

    private SearchIndex() {
    }

    static String render(List<RenderedPage> pages) {
        ObjectMapper mapper = new ObjectMapper();
        ArrayNode entries = mapper.createArrayNode();
        pages.stream().sorted(Comparator.comparing(p -> p.source().id())).forEach(page -> {
            ObjectNode entry = entries.addObject();
            entry.put("title", page.source().title());
            entry.put("url", page.source().outputPath());
            ArrayNode headings = entry.putArray("headings");
            page.headings().forEach(h -> headings.add(h.text()));
            String text = page.text().replaceAll("\\s+", " ").strip();
            entry.put("text", text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
        });
        try {
            // "</" is escaped so no text can close the script element early
            return "window.HANDBOOK_SEARCH = " + mapper.writeValueAsString(entries).replace("</", "<\\/") + ";\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the index is plain values and always serializes", e);
        }
    }
}
