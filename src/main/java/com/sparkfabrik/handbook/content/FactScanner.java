package com.sparkfabrik.handbook.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the template tags of a page when every one of them is a fact reference in its plain form,
 * {@code {{ f('id') }}} or {@code {{ f() }}} on one line with {@code f} a page function: almost
 * every page. Such a page needs no template engine. Anything else (another tag, a comment, an
 * expression, a number, an escape, whitespace control, a tag over the length limit) makes the whole
 * page the template engine's, which judges it and words its errors.
 */
final class FactScanner {

    /** A call found at {@code [start, end)}; {@code argumentColumn} is 1-based, 0 for none. */
    record Call(
            int start,
            int end,
            PageFunctions.Spec function,
            String argument,
            int line,
            int argumentColumn) {}

    private FactScanner() {}

    static Optional<List<Call>> scan(String body) {
        List<Call> calls = new ArrayList<>();
        int line = 1;
        int lineStart = 0;
        int i = 0;
        while (true) {
            int open = body.indexOf('{', i);
            if (open < 0 || open + 1 >= body.length()) {
                return Optional.of(calls);
            }
            for (int n = body.indexOf('\n', i); n >= 0 && n < open; n = body.indexOf('\n', n + 1)) {
                line++;
                lineStart = n + 1;
            }
            char next = body.charAt(open + 1);
            if (next == '%' || next == '#') {
                return Optional.empty();
            }
            if (next != '{') {
                i = open + 1;
                continue;
            }
            Call call = call(body, open, line, lineStart);
            if (call == null) {
                return Optional.empty();
            }
            calls.add(call);
            i = call.end();
        }
    }

    /** The call whose tag opens at {@code open}, or null when the tag is not in the plain form. */
    private static Call call(String body, int open, int line, int lineStart) {
        int i = spaces(body, open + 2);
        int nameStart = i;
        while (i < body.length() && (isLower(body.charAt(i)) || body.charAt(i) == '_')) {
            i++;
        }
        PageFunctions.Spec function = PageFunctions.ALL.get(body.substring(nameStart, i));
        if (function == null || !startsWith(body, i, '(')) {
            return null;
        }
        i = spaces(body, i + 1);
        String argument = null;
        int argumentColumn = 0;
        if (function.argumentName() != null) {
            int quoteAt = i;
            int end = stringEnd(body, quoteAt);
            if (end < 0) {
                return null;
            }
            argument = body.substring(quoteAt + 1, end - 1);
            argumentColumn = quoteAt - lineStart + 1;
            i = spaces(body, end);
        }
        if (!startsWith(body, i, ')')) {
            return null;
        }
        i = spaces(body, i + 1);
        if (!startsWith(body, i, '}') || !startsWith(body, i + 1, '}')) {
            return null;
        }
        int end = i + 2;
        return end - open < TemplateLimits.MAX_TAG_CHARS
                ? new Call(open, end, function, argument, line, argumentColumn)
                : null;
    }

    /**
     * The offset after a quoted string at {@code quote} holding no backslash, line break or (in
     * double quotes, where the engine interpolates) {@code #}; -1 when there is none.
     */
    private static int stringEnd(String body, int quote) {
        if (quote >= body.length() || (body.charAt(quote) != '\'' && body.charAt(quote) != '"')) {
            return -1;
        }
        char q = body.charAt(quote);
        for (int i = quote + 1; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == q) {
                return i + 1;
            }
            if (c == '\\' || c == '\n' || c == '\r' || (q == '"' && c == '#')) {
                return -1;
            }
        }
        return -1;
    }

    private static int spaces(String body, int i) {
        while (i < body.length() && (body.charAt(i) == ' ' || body.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static boolean startsWith(String body, int i, char c) {
        return i < body.length() && body.charAt(i) == c;
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }
}
