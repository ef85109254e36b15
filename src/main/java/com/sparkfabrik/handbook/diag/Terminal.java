package com.sparkfabrik.handbook.diag;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;

/**
 * The one way text from the input reaches a terminal or a CI log. Characters that move the cursor,
 * start a line, drive the terminal or change how the rest of the line reads are shown as escapes:
 * C0 and C1 controls, DEL, line and paragraph separators, bidirectional embeddings, overrides and
 * isolates (U+202A–U+202E, U+2066–U+2069), zero-width and other format characters, unpaired
 * surrogates and non-characters. Everything else, accented letters and emoji included, is kept.
 */
public final class Terminal {

    private Terminal() {}

    /** {@code s} on one line with every invisible or controlling character escaped. */
    public static String printable(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int next = i + Character.charCount(c);
            if (hidden(c)) {
                if (out == null) {
                    out = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                out.append(escape(c));
            } else if (out != null) {
                out.appendCodePoint(c);
            }
            i = next;
        }
        return out == null ? s : out.toString();
    }

    /** Whether {@code c} would not show as itself on a terminal. */
    public static boolean hidden(int c) {
        if (c < 0x20 || c >= 0x7F && c <= 0x9F) {
            return true;
        }
        if ((c & 0xFFFE) == 0xFFFE || c >= 0xFDD0 && c <= 0xFDEF) {
            return true; // non-characters
        }
        return switch (Character.getType(c)) {
            case Character.FORMAT,
                    Character.SURROGATE,
                    Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR,
                    Character.PRIVATE_USE,
                    Character.UNASSIGNED ->
                    true;
            default -> false;
        };
    }

    private static String escape(int c) {
        return switch (c) {
            case '\t' -> "\\t";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            default ->
                    c > 0xFFFF
                            ? String.format(Locale.ROOT, "\\U%08X", c)
                            : String.format(Locale.ROOT, "\\u%04X", c);
        };
    }

    /**
     * A JSON writer for documents printed to a terminal (diagnostics as JSON or SARIF): the same
     * characters are written as {@code \\uXXXX} escapes, so the value is unchanged for a reader.
     */
    public static ObjectMapper jsonMapper() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.getFactory().setCharacterEscapes(new HiddenAsJsonEscapes());
        return mapper;
    }

    private static final class HiddenAsJsonEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] ascii = standardAsciiEscapesForJSON();

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return hidden(ch)
                    ? new SerializedString(String.format(Locale.ROOT, "\\u%04x", ch))
                    : null;
        }
    }
}
