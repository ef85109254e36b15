package com.sparkfabrik.handbook.check;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a {@code srcset} attribute into its candidate URLs, as the HTML standard's parser does.
 */
final class Srcset {

    /** One candidate's URL and where it starts in the attribute value. */
    record Candidate(String url, int offset) {}

    private Srcset() {}

    /**
     * The URLs of the candidates, without their {@code 1.5x} / {@code 400w} descriptors. A URL ends
     * at whitespace, so commas inside it ({@code data:image/png;base64,...}) stay; trailing commas
     * end a candidate that has no descriptors; descriptors end at a comma outside parentheses.
     */
    static List<Candidate> candidates(String srcset) {
        List<Candidate> urls = new ArrayList<>(4);
        int length = srcset.length();
        int i = 0;
        while (i < length) {
            while (i < length && (isSpace(srcset.charAt(i)) || srcset.charAt(i) == ',')) {
                i++;
            }
            if (i >= length) {
                break;
            }
            int start = i;
            while (i < length && !isSpace(srcset.charAt(i))) {
                i++;
            }
            int end = i;
            if (srcset.charAt(end - 1) == ',') {
                while (end > start && srcset.charAt(end - 1) == ',') {
                    end--;
                }
                if (end > start) {
                    urls.add(new Candidate(srcset.substring(start, end), start));
                }
                continue;
            }
            urls.add(new Candidate(srcset.substring(start, end), start));
            int depth = 0;
            while (i < length) {
                char c = srcset.charAt(i++);
                if (c == '(') {
                    depth++;
                } else if (c == ')' && depth > 0) {
                    depth--;
                } else if (c == ',' && depth == 0) {
                    break;
                }
            }
        }
        return urls;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
}
