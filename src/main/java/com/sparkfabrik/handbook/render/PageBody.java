package com.sparkfabrik.handbook.render;

import com.sparkfabrik.handbook.content.HtmlEscaper;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the layout adds to a rendered page body, section by section: a permalink in each heading,
 * the callouts that belong under a heading, a focusable box around each table and code block so it
 * can scroll sideways, and no "Details" link to the section it sits in. The body's tags are all
 * generated (Markdown's raw HTML is escaped), so they can be found by their exact form.
 */
final class PageBody {

    private static final Pattern TAG =
            Pattern.compile(
                    "<h([2-6]) id=\"([^\"]+)\">|</h([2-6])>|<table|</table>|<pre>"
                            + "| <a class=\"details\" href=\"([^\"]*)\">Details</a>");

    private PageBody() {}

    static String decorate(String html, String pageId, Map<String, String> calloutsByAnchor) {
        StringBuilder out = new StringBuilder(html.length() + 1024);
        Matcher m = TAG.matcher(html);
        int at = 0;
        String section = "";
        String heading = "";
        int headingStart = -1;
        while (m.find()) {
            out.append(html, at, m.start());
            at = m.end();
            if (m.group(2) != null) {
                section = m.group(2);
                headingStart = m.end();
                out.append(m.group());
            } else if (m.group(3) != null) {
                heading = headingStart < 0 ? "" : plain(html.substring(headingStart, m.start()));
                headingStart = -1;
                out.append("<a class=\"permalink\" href=\"#")
                        .append(HtmlEscaper.escape(section))
                        .append("\" aria-label=\"Link to this section\">#</a>")
                        .append(m.group())
                        .append(calloutsByAnchor.getOrDefault(section, ""));
            } else if (m.group().equals("<table")) {
                out.append(
                                "<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"")
                        .append(
                                HtmlEscaper.escape(
                                        heading.isEmpty() ? "Table" : "Table: " + heading))
                        .append("\"><table");
            } else if (m.group().equals("<pre>")) {
                // a code block may scroll sideways: keyboard users must be able to reach it
                out.append("<pre tabindex=\"0\">");
            } else if (m.group().equals("</table>")) {
                out.append("</table></div>");
            } else if (!m.group(4)
                    .equals(
                            HtmlEscaper.escape(
                                    HtmlEscaper.relativeHref(pageId, pageId, section)))) {
                out.append(m.group());
            }
        }
        return out.append(html, at, html.length()).toString();
    }

    /** The text of a heading's HTML, tags left out and entities kept as written. */
    private static String plain(String html) {
        return html.replaceAll("<[^>]*>", "")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
