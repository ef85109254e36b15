package com.sparkfabrik.handbook.content;

import com.sparkfabrik.handbook.diag.Diagnostics;
import com.sparkfabrik.handbook.diag.SourcePosition;
import com.sparkfabrik.handbook.diag.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Front matter between {@code ---} lines: {@code key: value} pairs only (title, weight,
 * description, draft, aliases as {@code [a, b]}). A deliberately small grammar: nothing YAML could
 * surprise anyone with.
 */
final class FrontMatter {

    static final Set<String> KEYS = Set.of("title", "weight", "description", "draft", "aliases");

    /** An earlier URL: folders and a name of {@code a-z 0-9 _ -}, {@code .html} optional. */
    private static final Pattern ALIAS = Pattern.compile("[a-z0-9_-]+(/[a-z0-9_-]+)*(\\.html)?");

    Optional<PageSource> parse(String id, String file, String text, Diagnostics diagnostics) {
        String title = null;
        int weight = 0;
        String description = "";
        boolean draft = false;
        List<String> aliases = new ArrayList<>();
        String body = text;
        if (text.startsWith("---\n")) {
            int end = text.indexOf("\n---\n", 3);
            if (end < 0 && text.endsWith("\n---")) {
                end = text.length() - 4;
            }
            if (end < 0) {
                diagnostics.error(
                        "front-matter",
                        new SourcePosition(file, 1, 1),
                        "front matter is not closed by a '---' line");
                return Optional.empty();
            }
            String[] lines = text.substring(4, end + 1).split("\n", -1);
            for (int i = 0; i < lines.length - 1; i++) {
                int lineNo = i + 2;
                String line = lines[i];
                if (line.isBlank() || line.stripLeading().startsWith("#")) {
                    continue;
                }
                int colon = line.indexOf(':');
                if (colon <= 0 || Character.isWhitespace(line.charAt(0))) {
                    diagnostics.error(
                            "front-matter",
                            new SourcePosition(file, lineNo, 1),
                            "expected 'key: value'");
                    continue;
                }
                String key = line.substring(0, colon).strip();
                String value = unquote(line.substring(colon + 1).strip());
                SourcePosition valueAt =
                        new SourcePosition(
                                file, lineNo, colon + 2 + leading(line.substring(colon + 1)));
                switch (key) {
                    case "title" -> title = value;
                    case "description" -> description = value;
                    case "draft" -> {
                        if (value.equals("true") || value.equals("false")) {
                            draft = value.equals("true");
                        } else {
                            diagnostics.error(
                                    "front-matter",
                                    valueAt,
                                    "'draft' must be true or false, not '" + value + "'");
                        }
                    }
                    case "aliases" -> aliases(value, valueAt, aliases, diagnostics);
                    case "weight" -> {
                        if (value.matches("-?[0-9]{1,6}")) {
                            weight = Integer.parseInt(value);
                        } else {
                            diagnostics.error(
                                    "front-matter",
                                    valueAt,
                                    "'weight' must be a whole number, not '" + value + "'");
                        }
                    }
                    default ->
                            diagnostics.error(
                                    "front-matter",
                                    new SourcePosition(file, lineNo, 1),
                                    "unknown front matter key '"
                                            + key
                                            + "'"
                                            + Suggestions.didYouMean(key, KEYS));
                }
            }
            int frontLines =
                    (int) text.substring(0, end + 5).chars().filter(c -> c == '\n').count();
            body = "\n".repeat(frontLines) + text.substring(Math.min(text.length(), end + 5));
        }
        if (title == null || title.isBlank()) {
            diagnostics.error(
                    "front-matter",
                    new SourcePosition(file, 1, 1),
                    "the page has no title: add front matter with 'title: ...'");
            title = id;
        }
        // a page with front matter errors is still rendered and checked, so its other errors show
        // too
        return Optional.of(
                new PageSource(id, file, title, weight, description, body, draft, aliases));
    }

    /** {@code [old, guides/older.html]}: each becomes the output path of a redirect page. */
    private static void aliases(
            String value, SourcePosition at, List<String> aliases, Diagnostics diagnostics) {
        String list = value.strip();
        if (!list.startsWith("[") || !list.endsWith("]")) {
            diagnostics.error(
                    "front-matter",
                    at,
                    "'aliases' must be a list in brackets, like [old-page, guides/old-name]");
            return;
        }
        for (String item : list.substring(1, list.length() - 1).split(",")) {
            String alias = unquote(item.strip());
            if (alias.isEmpty()) {
                continue;
            }
            if (!ALIAS.matcher(alias).matches()) {
                diagnostics.error(
                        "front-matter",
                        at,
                        "alias '"
                                + alias
                                + "' must be a path of the site like old-page or"
                                + " guides/old-name.html (a-z, 0-9, _ and -)");
            } else {
                aliases.add(alias.endsWith(".html") ? alias : alias + ".html");
            }
        }
    }

    private static int leading(String s) {
        int n = 0;
        while (n < s.length() && s.charAt(n) == ' ') {
            n++;
        }
        return n;
    }

    private static String unquote(String value) {
        if (value.length() >= 2
                && (value.startsWith("\"") && value.endsWith("\"")
                        || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
