package com.sparkfabrik.handbook.render;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * When a page's facts last changed, said once: the page's foot names its latest revision (the
 * newest change of any of its fact sections, linking to the entry of the What changed page), and a
 * section carries a note under its heading only when its facts changed in that revision while
 * others of the page did not, so the reader sees what the latest change touched. The headings are
 * the ones the Markdown renderer wrote ({@code <h2 id="anchor">…</h2>}); the note is made by a
 * template.
 */
final class ChangeNotes {

    private static final Pattern HEADING = Pattern.compile("<h([1-6]) id=\"([^\"]+)\"[^>]*>");

    private ChangeNotes() {}

    /** The page's latest change, as the layout's foot shows it; empty when none is known. */
    static Map<String, Object> pageLine(String pageId, String root, ChangeLog changes) {
        return latest(pageId, changes)
                .<Map<String, Object>>map(
                        e ->
                                Map.of(
                                        "date",
                                        e.date(),
                                        "revision",
                                        e.revision(),
                                        "href",
                                        root + "changes.html#" + e.anchor()))
                .orElse(Map.of());
    }

    /** The words of each note of a page, by the anchor of its section (for search). */
    static Map<String, String> texts(String pageId, ChangeLog changes, Layout layout) {
        Map<String, String> texts = new HashMap<>();
        String prefix = pageId + "#";
        noted(pageId, changes)
                .forEach(
                        (section, entry) ->
                                texts.put(
                                        section.substring(prefix.length()),
                                        Jsoup.parseBodyFragment(note(entry, "", layout)).text()));
        return texts;
    }

    static String insert(
            String html, String pageId, String root, ChangeLog changes, Layout layout) {
        Map<String, ChangeLog.Entry> noted = noted(pageId, changes);
        if (noted.isEmpty()) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length() + 256);
        Matcher heading = HEADING.matcher(html);
        int copied = 0;
        while (heading.find()) {
            ChangeLog.Entry entry = noted.get(pageId + "#" + heading.group(2));
            String close = "</h" + heading.group(1) + ">";
            int end = html.indexOf(close, heading.end());
            if (entry == null || end < 0) {
                continue;
            }
            end += close.length();
            out.append(html, copied, end).append('\n').append(note(entry, root, layout));
            copied = end;
        }
        return out.append(html, copied, html.length()).toString();
    }

    private static String note(ChangeLog.Entry entry, String root, Layout layout) {
        return layout.render("change-note", Map.of("href", root + "changes.html#" + entry.anchor()))
                .strip();
    }

    /**
     * The page's sections changed in its latest revision, when some other of its sections last
     * changed earlier; none when they all share it (the page's foot says it).
     */
    private static Map<String, ChangeLog.Entry> noted(String pageId, ChangeLog changes) {
        Optional<ChangeLog.Entry> latest = latest(pageId, changes);
        Map<String, ChangeLog.Entry> noted = new HashMap<>();
        boolean older = false;
        for (Map.Entry<String, ChangeLog.Entry> section : sections(pageId, changes).entrySet()) {
            if (section.getValue().revision().equals(latest.orElseThrow().revision())) {
                noted.put(section.getKey(), section.getValue());
            } else {
                older = true;
            }
        }
        return older ? noted : Map.of();
    }

    /** The newest change of the page's fact sections: entries are listed newest first. */
    private static Optional<ChangeLog.Entry> latest(String pageId, ChangeLog changes) {
        Set<String> revisions = new HashSet<>();
        sections(pageId, changes).values().forEach(e -> revisions.add(e.revision()));
        return changes.entries().stream().filter(e -> revisions.contains(e.revision())).findFirst();
    }

    private static Map<String, ChangeLog.Entry> sections(String pageId, ChangeLog changes) {
        Map<String, ChangeLog.Entry> sections = new HashMap<>();
        String prefix = pageId + "#";
        changes.sections()
                .forEach(
                        (section, entry) -> {
                            if (section.startsWith(prefix)) {
                                sections.put(section, entry);
                            }
                        });
        return sections;
    }
}
