package com.sparkfabrik.handbook.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Scans the pages of one site, parsing each distinct navigation block once: every page of a folder
 * lists the same pages, so at 10,000 pages the navigation is some forty percent of what would be
 * parsed. The block is a page's first {@code <nav>} element, used when it holds only plain markup
 * (nothing that could change how the rest reads: no code, script, template, image, map, base or
 * nested navigation) and comes before any code. The rest of the page is parsed with a stand-in link
 * where the block was, and the block's links replace it: the links come out in document order,
 * equal to a scan of the whole page. For pages as the layout writes them, every {@code <} of their
 * text and attribute values escaped; safe to use from several threads.
 */
public final class NavigationScans {

    private static final String OPEN = "<nav";
    private static final String CLOSE = "</nav>";
    private static final String STAND_IN = "handbook:navigation-stand-in";

    /**
     * What, open before the block, would make it read differently: code (links inside are not
     * checked), raw text (no tags at all), comments, templates and foreign content.
     */
    private static final List<String> CHANGE_READING =
            List.of(
                    "<pre",
                    "<code",
                    "<script",
                    "<style",
                    "<textarea",
                    "<xmp",
                    "<iframe",
                    "<noembed",
                    "<noframes",
                    "<noscript",
                    "<plaintext",
                    "<template",
                    "<svg",
                    "<math",
                    "<!--");

    /** What the block must not hold: the above, and what a scan keeps beyond links and ids. */
    private static final List<String> NOT_PLAIN =
            Stream.concat(
                            CHANGE_READING.stream(),
                            Stream.of("<nav", "<title", "<img", "<map", "<area", "<base"))
                    .toList();

    /** Marks the current page: changes no link, differs on every page of a folder. */
    private static final String CURRENT = " aria-current=\"page\"";

    private final PageScanner scanner;
    private final Map<String, ScannedPage> blocks = new ConcurrentHashMap<>();

    public NavigationScans(LinkCheckOptions options) {
        this.scanner = new PageScanner(options, true);
    }

    /** The anchors and links of a page, as {@link LinkChecker#scan} gives them. */
    public ScannedPage scan(String path, String html) {
        int start = html.indexOf(OPEN);
        int end = start < 0 ? -1 : html.indexOf(CLOSE, start);
        if (end < 0 || !plain(html, start, end) || html.contains(STAND_IN)) {
            return scanner.read(path, html);
        }
        end += CLOSE.length();
        String block = html.substring(start, end).replace(CURRENT, "");
        ScannedPage nav = blocks.computeIfAbsent(block, b -> scanner.read(path, b));
        String rest =
                html.substring(0, start)
                        + "<a href=\""
                        + STAND_IN
                        + "\"></a>"
                        + html.substring(end);
        ScannedPage page = scanner.read(path, rest);
        List<ScannedPage.Link> links = new ArrayList<>(page.links().size() + nav.links().size());
        for (ScannedPage.Link link : page.links()) {
            if (STAND_IN.equals(link.value())) {
                links.addAll(nav.links());
            } else {
                links.add(link);
            }
        }
        Set<String> anchors = page.anchors();
        if (!nav.anchors().isEmpty()) {
            anchors = new HashSet<>(anchors);
            anchors.addAll(nav.anchors());
        }
        return new ScannedPage(path, page.baseHref(), anchors, links);
    }

    /**
     * Whether the block between {@code start} and {@code end} parses on its own as it does in the
     * page: no element that could change how the block reads is open before it, none is in it.
     */
    private static boolean plain(String html, int start, int end) {
        boolean inTitle = false;
        for (int i = html.indexOf('<'); i >= 0 && i < start; i = html.indexOf('<', i + 1)) {
            if (startsWithAny(html, i, CHANGE_READING)) {
                return false;
            }
            if (html.regionMatches(true, i, "<title", 0, 6)) {
                inTitle = true;
            } else if (html.regionMatches(true, i, "</title", 0, 7)) {
                inTitle = false;
            }
        }
        if (inTitle) {
            return false;
        }
        for (int i = html.indexOf('<', start + 1);
                i >= 0 && i < end;
                i = html.indexOf('<', i + 1)) {
            if (startsWithAny(html, i, NOT_PLAIN)) {
                return false;
            }
        }
        return true;
    }

    /** Whether one of {@code tags} starts at {@code i}, in any case. */
    private static boolean startsWithAny(String html, int i, List<String> tags) {
        if (i + 1 >= html.length()) {
            return false;
        }
        char next = Character.toLowerCase(html.charAt(i + 1));
        for (String tag : tags) {
            // most tags differ in their first letter: compare the rest only when it matches
            if (tag.charAt(1) == next && html.regionMatches(true, i, tag, 0, tag.length())) {
                return true;
            }
        }
        return false;
    }
}
