package com.sparkfabrik.handbook.render;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * Puts under each fact section's heading when its facts last changed, linking to the entry of the
 * What changed page. The headings are the ones the Markdown renderer wrote ({@code <h2
 * id="anchor">…</h2>}); the note is made by a template.
 */
final class ChangeNotes {

    private static final Pattern HEADING = Pattern.compile("<h([1-6]) id=\"([^\"]+)\"[^>]*>");

    private ChangeNotes() {}

    /** The words of each note of a page, by the anchor of its section (for search). */
    static Map<String, String> texts(String pageId, ChangeLog changes, Layout layout) {
        Map<String, String> texts = new HashMap<>();
        String prefix = pageId + "#";
        changes.sections()
                .forEach(
                        (section, entry) -> {
                            if (section.startsWith(prefix)) {
                                Map<String, Object> context = new HashMap<>();
                                context.put("date", entry.date());
                                context.put("revision", entry.revision());
                                context.put("href", "changes.html#" + entry.anchor());
                                texts.put(
                                        section.substring(prefix.length()),
                                        Jsoup.parseBodyFragment(
                                                        layout.render("change-note", context))
                                                .text());
                            }
                        });
        return texts;
    }

    static String insert(
            String html, String pageId, String root, ChangeLog changes, Layout layout) {
        if (changes.sections().isEmpty()) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length() + 256);
        Matcher heading = HEADING.matcher(html);
        int copied = 0;
        while (heading.find()) {
            ChangeLog.Entry entry = changes.sections().get(pageId + "#" + heading.group(2));
            String close = "</h" + heading.group(1) + ">";
            int end = html.indexOf(close, heading.end());
            if (entry == null || end < 0) {
                continue;
            }
            end += close.length();
            out.append(html, copied, end).append('\n');
            Map<String, Object> context = new HashMap<>();
            context.put("date", entry.date());
            context.put("revision", entry.revision());
            context.put("href", root + "changes.html#" + entry.anchor());
            out.append(layout.render("change-note", context).strip());
            copied = end;
        }
        return out.append(html, copied, html.length()).toString();
    }
}
