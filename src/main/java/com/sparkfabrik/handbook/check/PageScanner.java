package com.sparkfabrik.handbook.check;

import java.util.HashSet;
import java.util.Set;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/**
 * Parses one page with jsoup, once, and keeps its anchors and URL attributes with their positions.
 */
final class PageScanner {

    private final LinkCheckOptions options;
    private final boolean kept;

    /**
     * {@code kept}: the scans are kept together, a whole site's, so equal link values share one
     * copy; a scan that is checked and dropped at once does not pay for that.
     */
    PageScanner(LinkCheckOptions options, boolean kept) {
        this.options = options;
        this.kept = kept;
    }

    /**
     * Scans a page. Without {@code trackPositions} (the fast path: jsoup's position tracking costs
     * about half again the parse) every link's line and column are 0; scanning again with it gives
     * the same links in the same order, with positions.
     */
    ScannedPage scan(String path, String html, boolean trackPositions) {
        Document document =
                Parser.htmlParser().setTrackPosition(trackPositions).parseInput(html, "");
        ElementLinks page = new ElementLinks(options, kept && !trackPositions);
        for (Element element : document.getAllElements()) {
            if (element.attributesSize() == 0) {
                if (options.reportAnchorsWithoutHref() && element.normalName().equals("a")) {
                    page.link(withoutHref(element));
                }
                continue;
            }
            Attributes attributes = element.attributes();
            ElementLinks.Attributes read =
                    new ElementLinks.Attributes() {
                        @Override
                        public boolean has(String name) {
                            return attributes.hasKey(name);
                        }

                        @Override
                        public String get(String name) {
                            return attributes.get(name);
                        }

                        @Override
                        public ScannedPage.Link link(String tag, String name) {
                            return PageScanner.link(tag, name, attributes);
                        }
                    };
            if (page.element(element.normalName(), read, isVerbatim(element))) {
                page.link(withoutHref(element));
            }
        }
        return page.page(path);
    }

    /**
     * The page's scan without positions, read from its tags when its markup is plain ({@link
     * PlainPages}, most generated pages), else parsed.
     */
    ScannedPage read(String path, String html) {
        return PlainPages.scan(path, html, options, kept).orElseGet(() -> scan(path, html, false));
    }

    /** Only the anchors of a page that is a link target but not itself checked. */
    static Set<String> anchors(String html) {
        Document document = Parser.htmlParser().parseInput(html, "");
        Set<String> anchors = new HashSet<>();
        for (Element element : document.getAllElements()) {
            if (element.attributesSize() == 0) {
                continue;
            }
            String id = element.attributes().get("id");
            if (!id.isEmpty()) {
                anchors.add(id);
            }
            if (element.normalName().equals("a")) {
                String name = element.attributes().get("name");
                if (!name.isEmpty()) {
                    anchors.add(name);
                }
            }
        }
        return anchors;
    }

    private static ScannedPage.Link link(String tag, String attribute, Attributes attributes) {
        String value = attributes.get(attribute);
        if (!attributes.sourceRange(attribute).isTracked()) {
            return ScannedPage.Link.unplaced(tag, attribute, value);
        }
        Range.AttributeRange range = attributes.sourceRange(attribute);
        Range valueRange = range.valueRange();
        Range.Position position =
                value.isEmpty() || !valueRange.isTracked()
                        ? range.nameRange().start()
                        : valueRange.start();
        boolean literal =
                valueRange.isTracked()
                        && valueRange.endPos() - valueRange.startPos() == value.length();
        return new ScannedPage.Link(
                tag, attribute, value, position.lineNumber(), position.columnNumber(), literal);
    }

    private static ScannedPage.Link withoutHref(Element element) {
        Range.Position start = element.sourceRange().start();
        return new ScannedPage.Link("a", null, "", start.lineNumber(), start.columnNumber(), false);
    }

    private static boolean isVerbatim(Element element) {
        for (Element parent = element; parent != null; parent = parent.parent()) {
            String name = parent.normalName();
            if (name.equals("pre") || name.equals("code")) {
                return true;
            }
        }
        return false;
    }
}
