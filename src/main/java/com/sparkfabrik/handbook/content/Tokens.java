package com.sparkfabrik.handbook.content;

/** Puts the fragments of an {@link Expansion} back in place of their tokens. */
final class Tokens {

    private Tokens() {}

    /**
     * Replaces each token in rendered HTML by its fragment's HTML; a block alone in a paragraph
     * replaces the paragraph.
     */
    static String fill(String html, Expansion expansion) {
        return replace(html, expansion, true, null);
    }

    /** Like {@link #fill(String, Expansion)}, noting in {@code spans} where each fragment went. */
    static String fill(String html, Expansion expansion, FilledSpans spans) {
        return replace(html, expansion, true, spans);
    }

    /** Replaces each token by its fragment's plain text. */
    static String plain(String text, Expansion expansion) {
        return replace(text, expansion, false, null);
    }

    /** Replaces each token by the words a reader sees of its fragment (for search). */
    static String shown(String text, Expansion expansion) {
        return shown(text, expansion, null);
    }

    /** Like {@link #shown(String, Expansion)}, noting in {@code spans} where each one went. */
    static String shown(String text, Expansion expansion, FilledSpans spans) {
        if (text.indexOf(Expansion.OPEN) < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 1024);
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf(Expansion.OPEN, i);
            int close = open < 0 ? -1 : text.indexOf(Expansion.CLOSE, open);
            if (open < 0 || close < 0) {
                out.append(text, i, text.length());
                break;
            }
            int index = Integer.parseInt(text.substring(open + 1, close));
            out.append(text, i, open);
            int start = out.length();
            out.append(expansion.fragments().get(index).shown());
            if (spans != null) {
                spans.add(start, out.length(), index, FilledSpans.SHOWN);
            }
            i = close + 1;
        }
        return out.toString();
    }

    /**
     * True when every token in {@code s} is one the expansion issued: an opening mark, digits, a
     * closing mark, with an index below {@code count}, and no mark outside a token.
     */
    static boolean wellFormed(String s, int count) {
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == Expansion.CLOSE) {
                return false;
            }
            if (c != Expansion.OPEN) {
                i++;
                continue;
            }
            int close = s.indexOf(Expansion.CLOSE, i + 1);
            if (close < 0 || close == i + 1 || close - i > 10) {
                return false;
            }
            for (int d = i + 1; d < close; d++) {
                if (s.charAt(d) < '0' || s.charAt(d) > '9') {
                    return false;
                }
            }
            if (Long.parseLong(s.substring(i + 1, close)) >= count) {
                return false;
            }
            i = close + 1;
        }
        return true;
    }

    private static String replace(String s, Expansion expansion, boolean html, FilledSpans spans) {
        if (s.indexOf(Expansion.OPEN) < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 1024);
        int i = 0;
        boolean inCode = false;
        boolean inTag = false;
        while (i < s.length()) {
            int open = s.indexOf(Expansion.OPEN, i);
            int close = open < 0 ? -1 : s.indexOf(Expansion.CLOSE, open);
            if (open < 0 || close < 0) {
                out.append(s, i, s.length());
                break;
            }
            int index = Integer.parseInt(s.substring(open + 1, close));
            Expansion.Fragment fragment = expansion.fragments().get(index);
            int end = close + 1;
            inCode = html && insideCode(s, i, open, inCode);
            inTag = html && insideTag(s, i, open, inTag);
            int form;
            if (inTag) {
                // a link title, an image's alt text: an attribute value takes plain text
                out.append(s, i, open);
                form = FilledSpans.ATTRIBUTE;
            } else if (html
                    && fragment.block()
                    && precededBy(s, i, open, "<p>")
                    && s.startsWith("</p>", end)) {
                out.append(s, i, open - 3);
                form = FilledSpans.HTML;
                end += 4;
            } else if (inCode) {
                // inside code the value is shown as code already: plain text, still marked
                out.append(s, i, open);
                form = FilledSpans.CODE;
            } else {
                out.append(s, i, open);
                form = html ? FilledSpans.HTML : FilledSpans.TEXT;
            }
            int start = out.length();
            out.append(FilledSpans.shown(fragment, form));
            if (spans != null) {
                spans.add(start, out.length(), index, form);
            }
            i = end;
        }
        return out.toString();
    }

    /**
     * Whether the HTML between {@code from} and {@code to} leaves us inside a code element. Looks
     * back no further than {@code from}, so many tokens in one long paragraph stay linear.
     */
    private static boolean insideCode(String s, int from, int to, boolean before) {
        for (int k = to - 1; k >= from; k--) {
            if (s.charAt(k) == '<') {
                if (s.startsWith("</code>", k)) {
                    return false;
                }
                if (s.startsWith("<code", k)) {
                    return true;
                }
            }
        }
        return before;
    }

    /**
     * Whether the HTML between {@code from} and {@code to} leaves us inside a tag, that is in an
     * attribute value: text between tags has its {@code <} and {@code >} escaped, attribute values
     * their {@code "}.
     */
    private static boolean insideTag(String s, int from, int to, boolean before) {
        for (int k = to - 1; k >= from; k--) {
            if (s.charAt(k) == '>') {
                return false;
            }
            if (s.charAt(k) == '<') {
                return true;
            }
        }
        return before;
    }

    private static boolean precededBy(String s, int from, int open, String suffix) {
        return open - from >= suffix.length() && s.startsWith(suffix, open - suffix.length());
    }
}
