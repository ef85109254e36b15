package com.sparkfabrik.handbook.content;

import java.util.Arrays;

/**
 * Where the fragments went in a page filled by {@link Tokens#fill(String, Expansion, FilledSpans)}:
 * for each token, the span of the filled text it became, its fragment and the form it took there.
 * Which form a token takes (HTML, an attribute's text, code) depends on the HTML around it, never
 * on the fragment's value; so the page filled with other values of the same fragments is the filled
 * text with each span replaced ({@link #refill}), without keeping the text with the tokens in.
 */
final class FilledSpans {

    static final int HTML = 0;
    static final int ATTRIBUTE = 1;
    static final int CODE = 2;
    static final int TEXT = 3;
    static final int SHOWN = 4;

    /** Four ints a span: start, end, fragment, form. */
    private int[] spans = new int[0];

    private int size;

    /** What a fragment shows in a form. */
    static String shown(Expansion.Fragment fragment, int form) {
        return switch (form) {
            case HTML -> fragment.html();
            case ATTRIBUTE -> HtmlEscaper.escape(fragment.text());
            case CODE -> fragment.codeHtml();
            case SHOWN -> fragment.shown();
            default -> fragment.text();
        };
    }

    void add(int start, int end, int fragment, int form) {
        if (size + 4 > spans.length) {
            spans = Arrays.copyOf(spans, Math.max(16, spans.length * 2));
        }
        spans[size++] = start;
        spans[size++] = end;
        spans[size++] = fragment;
        spans[size++] = form;
    }

    /** Drops the room the spans did not use: kept per page between edits. */
    FilledSpans trim() {
        spans = Arrays.copyOf(spans, size);
        return this;
    }

    /**
     * Whether every fragment of {@code expansion} these spans show is {@link SectionText#stable}.
     */
    boolean stable(Expansion expansion) {
        for (int i = 0; i < size; i += 4) {
            if (!SectionText.stable(shown(expansion.fragments().get(spans[i + 2]), spans[i + 3]))) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code filled} (the text these spans are of) with each span showing the same fragment of
     * {@code expansion} instead; {@code next} notes where they went now.
     */
    String refill(String filled, Expansion expansion, FilledSpans next) {
        if (size == 0) {
            return filled;
        }
        StringBuilder out = new StringBuilder(filled.length() + 256);
        int from = 0;
        for (int i = 0; i < size; i += 4) {
            out.append(filled, from, spans[i]);
            int start = out.length();
            out.append(shown(expansion.fragments().get(spans[i + 2]), spans[i + 3]));
            next.add(start, out.length(), spans[i + 2], spans[i + 3]);
            from = spans[i + 1];
        }
        return out.append(filled, from, filled.length()).toString();
    }
}
