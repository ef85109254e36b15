package com.sparkfabrik.handbook.content;

import java.util.Optional;

/**
 * Bounds on how many times one block may repeat a construct whose cost in flexmark grows faster
 * than the count: the lines of one quote or list (flexmark works on a paragraph inside a container
 * as one segment per line) and the fact references of one paragraph. Up to these counts the work is
 * linear (LinearTimeTest); a quote of 9,300 lines took 16 times as long as one of 2,300. Each is
 * hundreds of times what a real page holds, and found by one pass before the page is parsed.
 */
final class RepetitionLimits {

    /** Lines of one quote or list, blank and continuation lines included. */
    static final int MAX_CONTAINER_LINES = 5_000;

    /** Fact references in one paragraph. */
    static final int MAX_FACTS = 1_000;

    /** Where a block passes a bound, 1-based, and what the author is told. */
    record Breach(int line, int column, String message) {}

    private RepetitionLimits() {}

    /** The first block of {@code markdown} that passes a bound, if any. */
    static Optional<Breach> first(String markdown) {
        int line = 0;
        int containerStart = -1;
        int containerLines = 0;
        boolean previousBlank = true;
        int paragraphStart = -1;
        int facts = 0;
        for (int start = 0; start <= markdown.length(); ) {
            int end = markdown.indexOf('\n', start);
            end = end < 0 ? markdown.length() : end;
            line++;
            int text = indentEnd(markdown, start, end);
            boolean blank = text == end || markdown.charAt(text) == '\r';
            boolean container = !blank && opensContainer(markdown, text);
            // a quote or list goes on through blank lines, indented lines, further markers and
            // lazy continuation lines; a flush paragraph after a blank line ends it
            if (container && containerStart < 0) {
                containerStart = line;
                containerLines = 0;
            } else if (containerStart > 0
                    && !blank
                    && !container
                    && previousBlank
                    && text - start < 2) {
                containerStart = -1;
            }
            if (containerStart > 0 && ++containerLines > MAX_CONTAINER_LINES) {
                return Optional.of(
                        new Breach(
                                containerStart,
                                1,
                                "this quote or list runs over more than "
                                        + MAX_CONTAINER_LINES
                                        + " lines: split it with a paragraph between the parts"));
            }
            if (blank) {
                paragraphStart = -1;
            } else {
                if (paragraphStart < 0) {
                    paragraphStart = line;
                    facts = 0;
                }
                for (int i = text; i < end; i++) {
                    if (markdown.charAt(i) == Expansion.OPEN) {
                        facts++;
                    }
                }
                if (facts > MAX_FACTS) {
                    return Optional.of(
                            new Breach(
                                    paragraphStart,
                                    1,
                                    "this paragraph holds more than "
                                            + MAX_FACTS
                                            + " fact references: split it into shorter paragraphs"));
                }
            }
            previousBlank = blank;
            start = end + 1;
        }
        return Optional.empty();
    }

    private static int indentEnd(String s, int start, int end) {
        int i = start;
        while (i < end && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** Whether the line's text at {@code i} starts with {@code >} or a list marker. */
    private static boolean opensContainer(String s, int i) {
        return s.charAt(i) == '>' || MarkdownLimits.listMarkerLength(s, i) > 0;
    }
}
