package com.sparkfabrik.handbook.content;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Heading ids, GitHub style: lower case; letters, digits and combining marks of any script, {@code
 * _} and {@code -} kept, spaces become dashes, everything else dropped ("Perché è così" is {@code
 * perché-è-così}, as on GitHub). The second heading with the same id on a page gets {@code -1}, the
 * third {@code -2}. (flexmark's own generator keeps accented letters too, but turns {@code _} into
 * a dash, which GitHub does not.)
 */
public final class Slugs {

    private final Map<String, Integer> seen = new HashMap<>();

    public static String slug(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.toLowerCase(Locale.ROOT)
                .codePoints()
                .forEach(
                        c -> {
                            if (c == ' ') {
                                out.append('-');
                            } else if (c == '_' || c == '-' || kept(c)) {
                                out.appendCodePoint(c);
                            }
                        });
        return out.isEmpty() ? "section" : out.toString();
    }

    private static boolean kept(int c) {
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER,
                    Character.LOWERCASE_LETTER,
                    Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER,
                    Character.OTHER_LETTER,
                    Character.NON_SPACING_MARK,
                    Character.COMBINING_SPACING_MARK,
                    Character.ENCLOSING_MARK,
                    Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER,
                    Character.OTHER_NUMBER ->
                    true;
            default -> false;
        };
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
