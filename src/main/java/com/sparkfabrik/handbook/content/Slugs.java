package com.sparkfabrik.handbook.content;

import java.util.HashMap;
import java.util.Map;

/**
 * Heading ids, GitHub style: lower case, keep only {@code a-z 0-9 _ -} and spaces, spaces become
 * dashes. The second heading with the same id on a page gets {@code -1}, the third {@code -2}.
 */
public final class Slugs {

    private final Map<String, Integer> seen = new HashMap<>();

    public static String slug(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
                out.append(c);
            } else if (c == ' ') {
                out.append('-');
            }
        }
        return out.isEmpty() ? "section" : out.toString();
    }

    /** The id for the next heading with this text on the page. */
    public String next(String text) {
        String base = slug(text);
        Integer count = seen.get(base);
        if (count == null) {
            seen.put(base, 0);
            return base;
        }
        String id;
        do {
            count++;
            id = base + "-" + count;
        } while (seen.containsKey(id));
        seen.put(base, count);
        seen.put(id, 0);
        return id;
    }
}
