package com.sparkfabrik.handbook.render;

import com.sparkfabrik.handbook.content.HtmlEscaper;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the layout adds to a rendered page body, section by section: a permalink in each heading,
 * the callouts that belong under a heading, a focusable box around each table and code block so it
 * can scroll sideways, and no "Details" link to the section it sits in. The body's tags are all
 * generated (Markdown's raw HTML is escaped), so they can be found by their exact form.
 */
final class PageBody {

    private static final String DETAILS = " <a class=\"details\" href=\"";

    /** Compiled once: every heading of every page is made plain. */
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private PageBody() {}

    static String decorate(String html, String pageId, Map<String, String> calloutsByAnchor) {
        StringBuilder out = new StringBuilder(html.length() + 1024);
        int at = 0;
        String section = "";
        String heading = "";
        int headingStart = -1;
        // one scan from tag to tag: the tags are generated, so each is recognised by its exact form
        for (int i = html.indexOf('<'); i >= 0; i = html.indexOf('<', Math.max(i + 1, at))) {
            int end;
            if ((end = headingOpen(html, i)) > 0) {
                out.append(html, at, end);
                section = html.substring(i + 8, end - 2);
                headingStart = end;
            } else if ((end = headingClose(html, i)) > 0) {
                out.append(html, at, i);
                heading = headingStart < 0 ? "" : plain(html.substring(headingStart, i));
                headingStart = -1;
                out.append("<a class=\"permalink\" href=\"#")
                        .append(HtmlEscaper.escape(section))
                        .append("\" aria-label=\"Link to this section\">#</a>")
                        .append(html, i, end)
                        .append(calloutsByAnchor.getOrDefault(section, ""));
            } else if (html.startsWith("<table", i)) {
                out.append(html, at, i)
                        .append(
                                "<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"")
                        .append(
                                HtmlEscaper.escape(
                                        heading.isEmpty() ? "Table" : "Table: " + heading))
                        .append("\"><table");
                end = i + 6;
            } else if (html.startsWith("</table>", i)) {
                out.append(html, at, i).append("</table></div>");
                end = i + 8;
            } else if (html.startsWith("<pre>", i)) {
                // a code block may scroll sideways: keyboard users must be able to reach it
                out.append(html, at, i).append("<pre tabindex=\"0\">");
                end = i + 5;
            } else if (i - 1 >= at && (end = details(html, i - 1)) > 0) {
                String href = html.substring(i - 1 + DETAILS.length(), end - 13);
                out.append(html, at, i - 1);
                if (!href.equals(selfHref(pageId, section))) {
                    out.append(html, i - 1, end);
                }
            } else {
                continue;
            }
            at = end;
        }
        return out.append(html, at, html.length()).toString();
    }

    private static String selfHref(String pageId, String section) {
        return HtmlEscaper.escape(HtmlEscaper.relativeHref(pageId, pageId, section));
    }

    /** The end of {@code <hN id="...">} at {@code i} (N from 2 to 6, a non-empty id), or -1. */
    private static int headingOpen(String html, int i) {
        if (!html.startsWith("<h", i) || !level(html, i + 2) || !html.startsWith(" id=\"", i + 3)) {
            return -1;
        }
        int quote = html.indexOf('"', i + 8);
        return quote > i + 8 && quote + 1 < html.length() && html.charAt(quote + 1) == '>'
                ? quote + 2
                : -1;
    }

    /** The end of {@code </hN>} at {@code i}, or -1. */
    private static int headingClose(String html, int i) {
        return html.startsWith("</h", i) && level(html, i + 3) && html.startsWith(">", i + 4)
                ? i + 5
                : -1;
    }

    private static boolean level(String html, int i) {
        return i < html.length() && html.charAt(i) >= '2' && html.charAt(i) <= '6';
    }

    /** The end of {@code <a class="details" href="...">Details</a>} at {@code i}, or -1. */
    private static int details(String html, int i) {
        if (!html.startsWith(DETAILS, i)) {
            return -1;
        }
        int quote = html.indexOf('"', i + DETAILS.length());
        return quote >= 0 && html.startsWith("\">Details</a>", quote) ? quote + 13 : -1;
    }

    /** The text of a heading's HTML, tags left out and entities kept as written. */
    private static String plain(String html) {
        return TAG.matcher(html)
                .replaceAll("")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
