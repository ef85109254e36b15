package com.sparkfabrik.handbook.render;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How text becomes search terms. The browser splits a query with the very same rules (see {@code
 * assets/search.js}), so every word a page shows is found exactly as typed: lower case, accents
 * folded, runs of letters and digits as words, and words joined by {@code - _ . / : @} also as one
 * term ({@code pay-as-you-go}, {@code remote-settings.json}).
 */
final class SearchTerms {

    /** What joins words into one more term. */
    private static final String SEPARATORS = "-_./:@";

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private SearchTerms() {}

    static String fold(String text) {
        if (isAscii(text)) {
            return text.toLowerCase(Locale.ROOT); // nothing to decompose: most text, much faster
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Every term of the text, in order, repeats kept: words, then each compound once more. */
    static List<String> of(String text) {
        String folded = fold(text);
        List<String> terms = new ArrayList<>();
        List<String> compounds = new ArrayList<>();
        int at = 0;
        while ((at = nextWord(folded, at)) < folded.length()) {
            int end = wordEnd(folded, at);
            terms.add(folded.substring(at, end));
            int compoundEnd = end;
            // a separator joins two words only when a word follows it; the words it joins are
            // still words on their own
            while (compoundEnd + 1 < folded.length()
                    && SEPARATORS.indexOf(folded.charAt(compoundEnd)) >= 0
                    && isWordChar(folded.codePointAt(compoundEnd + 1))) {
                int next = wordEnd(folded, compoundEnd + 1);
                terms.add(folded.substring(compoundEnd + 1, next));
                compoundEnd = next;
            }
            if (compoundEnd > end) {
                compounds.add(folded.substring(at, compoundEnd));
            }
            at = compoundEnd;
        }
        terms.addAll(compounds);
        return terms;
    }

    private static int nextWord(String text, int from) {
        return skip(text, from, false);
    }

    private static int wordEnd(String text, int from) {
        return skip(text, from, true);
    }

    /** Where the run of word characters (or of others) starting at {@code from} ends. */
    private static int skip(String text, int from, boolean words) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            // a character below the surrogates is its own code point: no pair to decode
            int codePoint = c < Character.MIN_SURROGATE ? c : text.codePointAt(i);
            if (isWordChar(codePoint) != words) {
                break;
            }
            i += Character.charCount(codePoint);
        }
        return i;
    }

    /** A letter or a number ({@code [\\p{L}\\p{N}]}), ASCII answered without a table lookup. */
    private static boolean isWordChar(int c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
        }
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER,
                    Character.LOWERCASE_LETTER,
                    Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER,
                    Character.OTHER_LETTER,
                    Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER,
                    Character.OTHER_NUMBER ->
                    true;
            default -> false;
        };
    }
}
