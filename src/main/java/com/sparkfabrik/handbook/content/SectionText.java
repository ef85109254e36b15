package com.sparkfabrik.handbook.content;

/**
 * A section's text as search reads it: its words with each token replaced by the words of its
 * fragment, whitespace runs made one space, the ends stripped. A fragment with no whitespace at its
 * ends and none but single spaces inside is {@link #stable}: collapsing leaves it as it is and no
 * run of whitespace crosses it, so putting it in before or after collapsing gives the same text.
 * When every fragment of a section is, its tokens are put into the collapsed text, with spans, and
 * a fact edit puts the new fragments into those spans.
 */
final class SectionText {

    /** The text, and where its fragments went (null: it has none, or they are not all stable). */
    record Shown(String text, FilledSpans spans) {}

    private SectionText() {}

    static Shown of(String raw, Expansion expansion) {
        if (raw.indexOf(Expansion.OPEN) < 0) {
            return new Shown(text(raw, expansion), null);
        }
        // a token holds no whitespace, so it stays whole
        String collapsed = PlainText.collapse(raw);
        FilledSpans spans = new FilledSpans();
        String text = Tokens.shown(collapsed, expansion, spans);
        if (spans.stable(expansion)) {
            return new Shown(text, spans.trim());
        }
        return new Shown(text(raw, expansion), null);
    }

    /** The text alone, without noting where the fragments went. */
    static String text(String raw, Expansion expansion) {
        return PlainText.collapse(Tokens.shown(raw, expansion));
    }

    static boolean stable(String shown) {
        if (shown.isEmpty()
                || Character.isWhitespace(shown.charAt(0))
                || Character.isWhitespace(shown.charAt(shown.length() - 1))) {
            return false;
        }
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            if (c == ' ' ? shown.charAt(i + 1) == ' ' : PlainText.isSpace(c)) {
                return false;
            }
        }
        return true;
    }
}
