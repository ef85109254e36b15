package com.sparkfabrik.handbook.policy;

import java.util.Locale;

/**
 * Which characters a policy value may hold once its escapes are decoded. Line breaks and tabs are
 * text; control characters (C0 other than tab and line feed, DEL, C1), unpaired surrogates,
 * non-characters and the bidirectional embedding, override and isolate controls are not: they would
 * reach every page and every terminal that shows the value.
 */
final class DecodedText {

    private DecodedText() {}

    /** The index of the first forbidden character of {@code text}; -1 if none. */
    static int firstForbidden(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (forbidden(c)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean forbidden(char c) {
        return c < 0x20 && c != '\t' && c != '\n'
                || c >= 0x7F && c <= 0x9F
                || Character.isSurrogate(c)
                || c == '\uFFFE'
                || c == '\uFFFF'
                || c >= '\u202A' && c <= '\u202E'
                || c >= '\u2066' && c <= '\u2069';
    }

    /** How a diagnostic names the character: {@code control character U+001B in a value}. */
    static String describe(String text, int index) {
        char c = text.charAt(index);
        String kind =
                Character.isSurrogate(c)
                        ? "unpaired surrogate"
                        : c >= '\u202A' && c <= '\u2069'
                                ? "bidirectional control"
                                : "control character";
        return String.format(Locale.ROOT, "%s U+%04X in a value", kind, (int) c);
    }
}
