package com.sparkfabrik.handbook.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A section's search text is the same whether its fragments are put in before whitespace is
 * collapsed or, when they allow it, after; and filled again with other fragments it is what it
 * would be made with them.
 */
class SectionTextTest {

    private static final String[] PIECES = {
        "a", "word", " ", "  ", "\t", "\n", "\r\n", "\u00A0", "\u2003", "\u000B", "x y", ""
    };

    @Test
    void fragmentsPutInAfterCollapsingGiveTheTextOfPuttingThemInBefore() {
        Random random = new Random(7);
        for (int round = 0; round < 20_000; round++) {
            List<Expansion.Fragment> before = fragments(random);
            List<Expansion.Fragment> after = fragments(random);
            StringBuilder raw = new StringBuilder();
            for (int i = 0; i < 1 + random.nextInt(6); i++) {
                raw.append(PIECES[random.nextInt(PIECES.length)]);
                if (random.nextBoolean()) {
                    raw.append(Expansion.token(random.nextInt(before.size())));
                }
            }
            String text = raw.toString();
            Expansion first = new Expansion(text, before, List.of(), true);
            Expansion second = new Expansion(text, after, List.of(), true);
            SectionText.Shown shown = SectionText.of(text, first);
            assertEquals(expected(text, first), shown.text(), text);
            if (shown.spans() != null && shown.spans().stable(second)) {
                String refilled = shown.spans().refill(shown.text(), second, new FilledSpans());
                assertEquals(expected(text, second), refilled, text);
            }
        }
    }

    private static String expected(String raw, Expansion expansion) {
        return PlainText.collapse(Tokens.shown(raw, expansion));
    }

    private static List<Expansion.Fragment> fragments(Random random) {
        List<Expansion.Fragment> fragments = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            StringBuilder shown = new StringBuilder();
            for (int j = 0; j < random.nextInt(4); j++) {
                shown.append(PIECES[random.nextInt(PIECES.length)]);
            }
            fragments.add(new Expansion.Fragment("", "", "", false, shown.toString()));
        }
        return fragments;
    }
}
