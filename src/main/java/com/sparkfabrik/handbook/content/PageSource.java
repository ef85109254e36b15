package com.sparkfabrik.handbook.content;

import java.util.List;

/**
 * A Markdown page as read from {@code content/}. {@code body} is the whole file with the front
 * matter lines blanked, so a line number in the body is the line number in the file. A {@code
 * draft} is left out of a published site; {@code aliases} are the output paths ({@code
 * old/page.html}) of its earlier URLs, which redirect to it.
 */
public record PageSource(
        String id,
        String file,
        String title,
        int weight,
        String description,
        String body,
        boolean draft,
        List<String> aliases) {

    public PageSource {
        aliases = List.copyOf(aliases);
    }

    /** A published page with no earlier URLs. */
    public PageSource(
            String id, String file, String title, int weight, String description, String body) {
        this(id, file, title, weight, description, body, false, List.of());
    }

    /** The output path of the page: {@code a/b} becomes {@code a/b.html}. */
    public String outputPath() {
        return id + ".html";
    }

    /** How many folders deep the page's output is; used to make links relative. */
    public int depth() {
        return (int) id.chars().filter(c -> c == '/').count();
    }
}
