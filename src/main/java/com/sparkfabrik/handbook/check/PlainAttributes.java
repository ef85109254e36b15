package com.sparkfabrik.handbook.check;

import java.util.ArrayList;
import java.util.List;

/**
 * The attributes of one start tag of a plain page ({@link PlainPages}): lower-case names, each
 * once, apart from each other and the tag's name by whitespace; values in double or single quotes
 * right after {@code =}, with no character reference but {@code &amp;}, {@code &lt;}, {@code &gt;},
 * {@code &quot;}, {@code &apos;} and numeric ones of printable characters.
 */
final class PlainAttributes implements ElementLinks.Attributes {

    private final List<String> names = new ArrayList<>(4);
    private final List<String> values = new ArrayList<>(4);
    private int end;
    private boolean selfClosing;

    private PlainAttributes() {}

    /** Reads the attributes from {@code at}, just after the tag's name, to the tag's end. */
    static PlainAttributes read(String html, int at) throws PlainPages.NotPlain {
        PlainAttributes read = new PlainAttributes();
        int i = at;
        while (true) {
            if (i >= html.length()) {
                throw new PlainPages.NotPlain();
            }
            char c = html.charAt(i);
            if (c == '>') {
                read.end = i + 1;
                return read;
            }
            if (c == '/' && i + 1 < html.length() && html.charAt(i + 1) == '>') {
                read.selfClosing = true;
                read.end = i + 2;
                return read;
            }
            if (!isSpace(c)) {
                throw new PlainPages.NotPlain();
            }
            while (i < html.length() && isSpace(html.charAt(i))) {
                i++;
            }
            if (i < html.length() && html.charAt(i) != '>' && html.charAt(i) != '/') {
                i = read.attribute(html, i);
            }
        }
    }

    private int attribute(String html, int start) throws PlainPages.NotPlain {
        int i = start;
        while (i < html.length() && isNameChar(html.charAt(i))) {
            i++;
        }
        String name = html.substring(start, i);
        if (name.isEmpty() || names.contains(name) || i >= html.length()) {
            throw new PlainPages.NotPlain();
        }
        String value = "";
        if (html.charAt(i) == '=') {
            char quote = i + 1 < html.length() ? html.charAt(i + 1) : 0;
            int close = quote == '"' || quote == '\'' ? html.indexOf(quote, i + 2) : -1;
            if (close < 0) {
                throw new PlainPages.NotPlain();
            }
            value = decode(html, i + 2, close);
            i = close + 1;
        }
        names.add(name);
        values.add(value);
        return i;
    }

    private static String decode(String html, int start, int end) throws PlainPages.NotPlain {
        int amp = reference(html, start, end);
        if (amp < 0) {
            return html.substring(start, end);
        }
        StringBuilder value = new StringBuilder(end - start);
        int i = start;
        while (amp >= 0) {
            value.append(html, i, amp);
            int semicolon = find(html, ';', amp, end);
            if (semicolon < 0) {
                throw new PlainPages.NotPlain();
            }
            value.appendCodePoint(reference(html.substring(amp + 1, semicolon)));
            i = semicolon + 1;
            amp = reference(html, i, end);
        }
        return value.append(html, i, end).toString();
    }

    /**
     * Where the first reference ({@code &}) is in the value {@code [from, end)} of {@code html}, or
     * -1; a carriage return or NUL, which a parser reads its own way, makes the page not plain.
     */
    private static int reference(String html, int from, int end) throws PlainPages.NotPlain {
        for (int i = from; i < end; i++) {
            char c = html.charAt(i);
            if (c == '&') {
                return i;
            }
            if (c == '\r' || c == '\0') {
                throw new PlainPages.NotPlain();
            }
        }
        return -1;
    }

    /** Where {@code c} first is in {@code [from, end)} of {@code html}, or -1. */
    private static int find(String html, char c, int from, int end) {
        for (int i = from; i < end; i++) {
            if (html.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** The character a reference stands for; only those decoded the same by every parser. */
    private static int reference(String name) throws PlainPages.NotPlain {
        switch (name) {
            case "amp":
                return '&';
            case "lt":
                return '<';
            case "gt":
                return '>';
            case "quot":
                return '"';
            case "apos":
                return '\'';
            default:
                break;
        }
        int code = -1;
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                code = name.length() <= 8 ? Integer.parseInt(name.substring(2), 16) : -1;
            } else if (name.startsWith("#") && name.length() <= 8) {
                code = Integer.parseInt(name.substring(1));
            }
        } catch (NumberFormatException e) {
            code = -1;
        }
        boolean printable =
                code >= 0x20 && code <= 0x7e
                        || code >= 0xa0 && code <= 0xd7ff
                        || code >= 0xe000 && code <= 0xfffd
                        || code >= 0x10000 && code <= 0x10ffff;
        if (!printable || !name.substring(1).chars().allMatch(PlainAttributes::isReferenceChar)) {
            throw new PlainPages.NotPlain();
        }
        return code;
    }

    private static boolean isReferenceChar(int c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' || c == 'x';
    }

    private static boolean isNameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == ':';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\f';
    }

    int end() {
        return end;
    }

    boolean selfClosing() {
        return selfClosing;
    }

    @Override
    public boolean has(String name) {
        return names.contains(name);
    }

    @Override
    public String get(String name) {
        int i = names.indexOf(name);
        return i < 0 ? "" : values.get(i);
    }

    @Override
    public ScannedPage.Link link(String tag, String name) {
        return ScannedPage.Link.unplaced(tag, name, get(name));
    }
}
