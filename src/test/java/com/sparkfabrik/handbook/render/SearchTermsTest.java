package com.sparkfabrik.handbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The terms of a text are the words and compounds the browser's regular expressions find ({@code
 * assets/search.js}): the scanner is checked against those expressions, written here in Java.
 */
class SearchTermsTest {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]++");
    private static final Pattern COMPOUND =
            Pattern.compile("(?<![\\p{L}\\p{N}])[\\p{L}\\p{N}]++(?:[-_./:@][\\p{L}\\p{N}]++)+");

    private static List<String> byExpressions(String text) {
        String folded = SearchTerms.fold(text);
        List<String> terms = new ArrayList<>();
        for (Pattern pattern : List.of(WORD, COMPOUND)) {
            Matcher m = pattern.matcher(folded);
            while (m.find()) {
                terms.add(m.group());
            }
        }
        return terms;
    }

    @Test
    void wordsThenCompoundsAsWritten() {
        assertEquals(
                List.of(
                        "pay",
                        "as",
                        "you",
                        "go",
                        "see",
                        "remote",
                        "settings",
                        "json",
                        "x",
                        "pay-as-you-go",
                        "remote-settings.json"),
                SearchTerms.of("Pay-as-you-go: see ~/remote-settings.json -- x-"));
    }

    @Test
    void foldsAccentsAndCompatibilityFormsAndKeepsEveryScript() {
        assertEquals(
                List.of("cafe", "naive", "東京", "x2", "東京", "x2-東京"),
                SearchTerms.of("Café naïve 東京 x²-東京"));
    }

    @Test
    void sameTermsAsTheExpressionsOnRandomText() {
        String alphabet = "aZ9é東²Ⅻ𝔘-_./:@ \n-–,'\u0301\u00a0";
        Random random = new Random(12);
        for (int run = 0; run < 20_000; run++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(24);
            for (int i = 0; i < length; i++) {
                text.appendCodePoint(
                        alphabet.codePointAt(
                                alphabet.offsetByCodePoints(
                                        0,
                                        random.nextInt(
                                                alphabet.codePointCount(0, alphabet.length())))));
            }
            String sample = text.toString();
            assertEquals(byExpressions(sample), SearchTerms.of(sample), () -> "text: " + sample);
        }
    }
}
