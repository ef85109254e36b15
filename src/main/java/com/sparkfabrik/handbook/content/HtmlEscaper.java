package com.sparkfabrik.handbook.content;

/**
 * HTML escaping for text and attribute values; everything from policy or content goes through it.
 */
public final class HtmlEscaper {

    private HtmlEscaper() {}

    public static String escape(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String replacement =
                    switch (c) {
                        case '&' -> "&amp;";
                        case '<' -> "&lt;";
                        case '>' -> "&gt;";
                        case '"' -> "&quot;";
                        case '\'' -> "&#39;";
                        default -> null;
                    };
            if (replacement != null) {
                if (out == null) {
                    out = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                out.append(replacement);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    /**
     * The relative URL from one page to another page (ids like {@code a/b}), plus an optional
     * fragment.
     */
    public static String relativeHref(String fromPageId, String toPageId, String fragment) {
        int depth = (int) fromPageId.chars().filter(c -> c == '/').count();
        String href = "../".repeat(depth) + toPageId + ".html";
        return fragment == null || fragment.isEmpty() ? href : href + "#" + fragment;
    }
}
