package com.sparkfabrik.handbook.content;

import java.util.Arrays;

/** Line starts of a text, so an offset becomes a line (0-based) by binary search. */
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

    int lineOf(int offset) {
        int at = Arrays.binarySearch(starts, offset);
        return at >= 0 ? at : -at - 2;
    }

    int startOf(int line) {
        return starts[line];
    }

    String line(int line) {
        int end = line + 1 < starts.length ? starts[line + 1] - 1 : text.length();
        return text.substring(starts[line], end);
    }
}
