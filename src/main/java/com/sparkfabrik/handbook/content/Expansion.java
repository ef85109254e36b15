package com.sparkfabrik.handbook.content;

import java.util.List;

/**
 * A page body after its fact references were evaluated. Each reference became a token (one line, no
 * Markdown meaning) that stands for an HTML fragment, filled in after Markdown rendering, so fact
 * HTML is never re-parsed as Markdown and line numbers stay those of the source. {@code complete}
 * is false when evaluation stopped at a template error, so the uses are partial. {@code shape}:
 * what the text was made of besides the page's source, small where it can be (each call's output
 * when the calls were replaced directly), else the text itself: two expansions of one source have
 * equal texts exactly when their shapes are equal.
 */
public record Expansion(
        String text, List<Fragment> fragments, List<FactUse> uses, boolean complete, String shape) {

    /**
     * The C1 controls PRIVATE USE ONE and TWO: no Markdown meaning, not whitespace, never in text
     * (HTML refuses control characters), and within Latin-1, so an ASCII page's strings stay one
     * byte a character through parsing and rendering.
     */
    static final char OPEN = '\u0091';

    static final char CLOSE = '\u0092';

    public Expansion {
        fragments = List.copyOf(fragments);
        uses = List.copyOf(uses);
    }

    /** An expansion whose shape is its text. */
    public Expansion(String text, List<Fragment> fragments, List<FactUse> uses, boolean complete) {
        this(text, fragments, uses, complete, text);
    }

    /**
     * HTML for the page; the same as plain text (heading ids, attribute values); the words a reader
     * sees of it (search), which for a fact with its level and link has those words too.
     */
    public record Fragment(String html, String text, String codeHtml, boolean block, String shown) {
        public Fragment(String html, String text, String codeHtml, boolean block) {
            this(html, text, codeHtml, block, text);
        }
    }

    /** What a line of a page used: a fact id (known or not), or one of {@link UseKeys}. */
    public record FactUse(String id, int line) {}

    static String token(int index) {
        return OPEN + Integer.toString(index) + CLOSE;
    }
}
