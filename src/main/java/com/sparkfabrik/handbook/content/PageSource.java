package com.sparkfabrik.handbook.content;

/**
 * A Markdown page as read from {@code content/}. {@code body} is the whole file with the front
 * matter lines blanked, so a line number in the body is the line number in the file.
 */
public record PageSource(
        String id, String file, String title, int weight, String description, String body) {

    /** The output path of the page: {@code a/b} becomes {@code a/b.html}. */
    public String outputPath() {
        return id + ".html";
    }

    /** How many folders deep the page's output is; used to make links relative. */
    public int depth() {
        return (int) id.chars().filter(c -> c == '/').count();
    }
}
