package com.sparkfabrik.handbook.check;

import com.sparkfabrik.handbook.content.PageSource;
import com.sparkfabrik.handbook.diag.Diagnostics;
import com.sparkfabrik.handbook.diag.SourcePosition;
import com.sparkfabrik.handbook.policy.Contact;
import com.sparkfabrik.handbook.policy.Durations;
import com.sparkfabrik.handbook.policy.Fact;
import com.sparkfabrik.handbook.policy.Policy;
import com.sparkfabrik.handbook.policy.ValueType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds distinctive policy values (paths, commands, channels, names, contact names, and durations
 * as they are spoken: "7 days", "7-day") typed into a page instead of referenced: the copy would
 * silently go stale when the fact changes. Text inside template expressions is the reference itself
 * and is skipped, and so are URLs.
 */
public final class DriftCheck {

    private record Needle(String text, String reference) {}

    // by first character: an array for ASCII (no boxing in the hot loop), a map for the rest
    private final List<Needle>[] byAsciiChar = newTable();
    private final Map<Character, List<Needle>> byOtherChar = new HashMap<>();
    private final List<Needle> needles = new ArrayList<>();

    public DriftCheck(Policy policy) {
        for (Fact fact : policy.facts().values()) {
            String reference = "{{ value('" + fact.id() + "') }}";
            if (fact.type().distinctive()) {
                fact.value().strings().forEach(v -> add(v, reference));
            } else if (fact.type() == ValueType.DURATION) {
                // "7 days" typed where the fact says 7d goes stale just the same
                fact.value()
                        .strings()
                        .forEach(v -> Durations.spokenForms(v).forEach(f -> add(f, reference)));
            }
        }
        for (Contact contact : policy.contacts().values()) {
            add(contact.name(), "{{ contact('" + contact.id() + "') }}");
            contact.channel().ifPresent(c -> add(c, "{{ contact('" + contact.id() + "') }}"));
        }
        // longest first, so "~/.claude_personal" wins over "~/.claude" at the same place
        Comparator<Needle> longestFirst = (a, b) -> b.text().length() - a.text().length();
        for (List<Needle> list : byAsciiChar) {
            if (list != null) {
                list.sort(longestFirst);
            }
        }
        byOtherChar.values().forEach(list -> list.sort(longestFirst));
    }

    @SuppressWarnings("unchecked")
    private static List<Needle>[] newTable() {
        return new List[128];
    }

    /**
     * What this check looks for, as a value: two checks with equal keys report the same on every
     * page.
     */
    public Object key() {
        return List.copyOf(needles);
    }

    private void add(String value, String reference) {
        if (value.length() < 3) {
            return;
        }
        needles.add(new Needle(value, reference));
        char first = value.charAt(0);
        if (first < 128) {
            if (byAsciiChar[first] == null) {
                byAsciiChar[first] = new ArrayList<>();
            }
            byAsciiChar[first].add(new Needle(value, reference));
        } else {
            byOtherChar
                    .computeIfAbsent(first, c -> new ArrayList<>())
                    .add(new Needle(value, reference));
        }
    }

    public void check(PageSource page, Diagnostics diagnostics) {
        String body = page.body();
        char[] chars = body.toCharArray();
        int line = 1;
        int lineStart = 0;
        int i = 0;
        while (i < chars.length) {
            char c = chars[i];
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            } else if (c == '{'
                    && i + 1 < chars.length
                    && (chars[i + 1] == '{' || chars[i + 1] == '%')) {
                int end = body.indexOf(chars[i + 1] == '{' ? "}}" : "%}", i + 2);
                if (end > 0 && body.indexOf('\n', i) > end) {
                    i = end + 2;
                    continue;
                }
            } else if (c == 'h'
                    && (body.startsWith("http://", i) || body.startsWith("https://", i))) {
                // a URL is an address, not prose: a value inside it is not a copy of the fact
                while (i < chars.length
                        && !Character.isWhitespace(chars[i])
                        && chars[i] != ')'
                        && chars[i] != '>') {
                    i++;
                }
                continue;
            } else {
                List<Needle> candidates = c < 128 ? byAsciiChar[c] : byOtherChar.get(c);
                if (candidates != null && (i == 0 || !isWordChar(chars[i - 1]))) {
                    for (Needle needle : candidates) {
                        int end = i + needle.text().length();
                        if (body.startsWith(needle.text(), i)
                                && (end >= chars.length || !isWordChar(chars[end]))) {
                            diagnostics.error(
                                    "drift",
                                    new SourcePosition(page.file(), line, i - lineStart + 1),
                                    "'"
                                            + needle.text()
                                            + "' is a policy value typed into the page: write "
                                            + needle.reference());
                            i = end;
                            break;
                        }
                    }
                }
            }
            i++;
        }
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-';
    }
}
