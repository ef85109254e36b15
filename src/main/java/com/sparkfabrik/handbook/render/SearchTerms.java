package com.sparkfabrik.handbook.render;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How text becomes search terms. The browser splits a query with the very same rules (see {@code
 * assets/search.js}), so every word a page shows is found exactly as typed: lower case, accents
 * folded, runs of letters and digits as words, and words joined by {@code - _ . / : @} also as one
 * term ({@code pay-as-you-go}, {@code remote-settings.json}).
 */
final class SearchTerms {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]++");
    // starts only at a word's start and never backtracks, so a long line stays linear
    private static final Pattern COMPOUND =
            Pattern.compile("(?<![\\p{L}\\p{N}])[\\p{L}\\p{N}]++(?:[-_./:@][\\p{L}\\p{N}]++)+");
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
        Matcher words = WORD.matcher(folded);
        while (words.find()) {
            terms.add(words.group());
        }
        Matcher compounds = COMPOUND.matcher(folded);
        while (compounds.find()) {
            terms.add(compounds.group());
        }
        return terms;
    }
}
