package com.sparkfabrik.handbook.content;

import com.sparkfabrik.handbook.diag.SourcePosition;
import java.util.List;

/**
 * A page after Markdown rendering: its body HTML plus what the checks and the layout need, taken
 * from the Markdown tree so nothing has to parse the HTML again.
 */
public record RenderedPage(
        PageSource source,
        String html,
        List<Heading> headings,
        List<Link> links,
        List<Expansion.FactUse> uses,
        boolean usesComplete,
        List<Section> sections) {

    public RenderedPage {
        headings = List.copyOf(headings);
        links = List.copyOf(links);
        uses = List.copyOf(uses);
        sections = List.copyOf(sections);
    }

    /**
     * The words of one part of the page as the reader sees them, generated blocks included: the
     * part before the first heading has an empty {@code id} and the page title as its heading.
     */
    public record Section(String id, String heading, String text) {}

    public record Heading(int level, String text, String id, int line) {}

    /**
     * A link or image as written ({@code raw}) and as published ({@code href}), with its position.
     */
    public record Link(String raw, String href, SourcePosition position, boolean image) {}
}
