package com.sparkfabrik.handbook.content;

import java.util.Arrays;

/** Line and column (from 1) of an offset in a text, by binary search over the line starts: O(log n) per lookup. */
final class LineIndex {

    private final String text;
    private final int[] starts;

    LineIndex(String text) {
        this.text = text;
        int[] found = new int[64];
        int count = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (count == found.length) {
                found = Arrays.copyOf(found, count * 2);
            }
            found[count++] = i + 1;
        }
        starts = Arrays.copyOf(found, count);
    }

    /** The line of {@code offset}: one more than the line feeds before it. */
    int line(int offset) {
        int at = Arrays.binarySearch(starts, Math.max(0, offset));
        return at >= 0 ? at + 1 : -at - 1;
    }

    /** The column of {@code offset}, counting UTF-16 units from the start of its line. */
    int column(int offset) {
        return Math.max(0, offset) - starts[line(offset) - 1] + 1;
    }

    /** The text of a line, without its line feed. */
    String text(int line) {
        int start = starts[line - 1];
        int end = line < starts.length ? starts[line] - 1 : text.length();
        return text.substring(start, end);
    }
}
