package com.sparkfabrik.handbook.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
        this.scanner = new PageScanner(options);
    }

    /** The anchors and links of a page, as {@link LinkChecker#scan} gives them. */
    public ScannedPage scan(String path, String html) {
        int start = html.indexOf(OPEN);
        int end = start < 0 ? -1 : html.indexOf(CLOSE, start);
        if (end < 0 || !plain(html, start, end) || html.contains(STAND_IN)) {
            return scanner.scan(path, html, false);
        }
        end += CLOSE.length();
        String block = html.substring(start, end).replace(CURRENT, "");
        ScannedPage nav = blocks.computeIfAbsent(block, b -> scanner.scan(path, b, false));
        String rest =
                html.substring(0, start)
                        + "<a href=\""
                        + STAND_IN
                        + "\"></a>"
                        + html.substring(end);
        ScannedPage page = scanner.scan(path, rest, false);
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
        String before = html.substring(0, start).toLowerCase(Locale.ROOT);
        for (String tag : CHANGE_READING) {
            if (before.contains(tag)) {
                return false;
            }
        }
        int title = before.lastIndexOf("<title");
        if (title >= 0 && before.indexOf("</title>", title) < 0) {
            return false;
        }
        String block = html.substring(start + OPEN.length(), end).toLowerCase(Locale.ROOT);
        for (String tag : NOT_PLAIN) {
            if (block.contains(tag)) {
                return false;
            }
        }
        return true;
    }
}
