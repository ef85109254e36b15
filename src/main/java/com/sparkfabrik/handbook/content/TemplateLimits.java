package com.sparkfabrik.handbook.content;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bounds on the template tags of a page, checked before Pebble sees them: its parser and evaluator
 * recurse once per nested bracket, operator or {@code if}. A tag that references a fact is a few
 * dozen characters long; these limits leave ample room and keep the recursion shallow.
 */
final class TemplateLimits {

    static final int MAX_TAG_CHARS = 512;
    static final int MAX_IF_DEPTH = 16;

    private static final int NOT_CLOSED = -1;
    private static final int TOO_LONG = -2;
    private static final Pattern VERBATIM = Pattern.compile("\\{%-?\\s*verbatim\\s*-?%}");
    private static final Pattern END_VERBATIM = Pattern.compile("\\{%-?\\s*endverbatim\\s*-?%}");
    private static final Pattern IF = Pattern.compile("\\{%-?\\s*if\\b.*", Pattern.DOTALL);
    private static final Pattern END_IF = Pattern.compile("\\{%-?\\s*endif\\b.*", Pattern.DOTALL);

    /** A tag over a limit: where it starts, and what is wrong with it. */
    record Violation(int offset, String message) {}

    private TemplateLimits() {}

    static Optional<Violation> check(String body) {
        int depth = 0;
        int i = 0;
        while (i < body.length()) {
            int open = nextOpening(body, i);
            if (open < 0) {
                return Optional.empty();
            }
            char kind = body.charAt(open + 1);
            if (kind == '#') {
                int close = body.indexOf("#}", open + 2);
                i = close < 0 ? body.length() : close + 2;
                continue;
            }
            int end = endOfTag(body, open, kind == '{' ? '}' : '%');
            if (end == NOT_CLOSED) {
                return Optional.of(
                        new Violation(
                                open,
                                "template tag '"
                                        + body.substring(open, open + 2)
                                        + "' is never closed"
                                        + " (with '"
                                        + (kind == '{' ? "}}" : "%}")
                                        + "')"));
            }
            if (end == TOO_LONG) {
                return Optional.of(
                        new Violation(
                                open,
                                "template tag longer than "
                                        + MAX_TAG_CHARS
                                        + " characters: pages only reference facts, like {{ value('id') }}"));
            }
            String tag = body.substring(open, end);
            Matcher verbatim = VERBATIM.matcher(tag);
            if (verbatim.matches()) {
                Matcher close = END_VERBATIM.matcher(body);
                i = close.find(end) ? close.end() : body.length();
                continue;
            }
            if (IF.matcher(tag).matches() && ++depth > MAX_IF_DEPTH) {
                return Optional.of(
                        new Violation(
                                open, "'if' tags nest deeper than " + MAX_IF_DEPTH + " levels"));
            }
            if (END_IF.matcher(tag).matches()) {
                depth = Math.max(0, depth - 1);
            }
            i = end;
        }
        return Optional.empty();
    }

    private static int nextOpening(String body, int from) {
        for (int i = body.indexOf('{', from);
                i >= 0 && i + 1 < body.length();
                i = body.indexOf('{', i + 1)) {
            char next = body.charAt(i + 1);
            if (next == '{' || next == '%' || next == '#') {
                return i;
            }
        }
        return -1;
    }

    /**
     * The offset just after the tag's closing delimiter, or {@link #NOT_CLOSED} or {@link
     * #TOO_LONG}. Like Pebble's lexer, quoted strings are skipped and a delimiter inside brackets
     * does not close the tag.
     */
    private static int endOfTag(String body, int open, char closing) {
        char quote = 0;
        StringBuilder brackets = new StringBuilder();
        for (int i = open + 2; i < body.length(); i++) {
            if (i - open >= MAX_TAG_CHARS) {
                return TOO_LONG;
            }
            char c = body.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (brackets.length() == 0
                    && c == closing
                    && i + 1 < body.length()
                    && body.charAt(i + 1) == '}') {
                return i + 2;
            } else if (c == '(' || c == '[' || c == '{') {
                brackets.append(c == '(' ? ')' : c == '[' ? ']' : '}');
            } else if (c == ')' || c == ']' || c == '}') {
                if (brackets.length() == 0 || brackets.charAt(brackets.length() - 1) != c) {
                    return i + 1; // a bracket that closes nothing: the tag ends here, and Pebble
                    // says what is wrong
                }
                brackets.setLength(brackets.length() - 1);
            }
        }
        return NOT_CLOSED;
    }
}
