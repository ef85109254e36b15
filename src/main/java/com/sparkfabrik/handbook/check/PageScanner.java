package com.sparkfabrik.handbook.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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

    PageScanner(LinkCheckOptions options) {
        this.options = options;
    }

    /**
     * Scans a page. Without {@code trackPositions} (the fast path: jsoup's position tracking costs
     * about half again the parse) every link's line and column are 0; scanning again with it gives
     * the same links in the same order, with positions.
     */
    ScannedPage scan(String path, String html, boolean trackPositions) {
        Document document =
                Parser.htmlParser().setTrackPosition(trackPositions).parseInput(html, "");
        Set<String> anchors = new HashSet<>();
        List<ScannedPage.Link> links = new ArrayList<>();
        String baseHref = null;
        Set<String> maps = new HashSet<>();
        List<ScannedPage.Link> usemaps = new ArrayList<>(0);
        for (Element element : document.getAllElements()) {
            if (element.attributesSize() == 0) {
                if (options.reportAnchorsWithoutHref() && element.normalName().equals("a")) {
                    addWithoutHref(element, links);
                }
                continue;
            }
            Attributes attributes = element.attributes();
            String id = attributes.get("id");
            if (!id.isEmpty()) {
                anchors.add(id);
            }
            String tag = element.normalName();
            if (!options.checkVerbatim() && isVerbatim(element)) {
                continue;
            }
            switch (tag) {
                case "a" -> {
                    String name = attributes.get("name");
                    if (!name.isEmpty()) {
                        anchors.add(name);
                    }
                    if (attributes.hasKey("href")) {
                        add(tag, "href", attributes, links);
                    } else if (options.reportAnchorsWithoutHref()
                            && name.isEmpty()
                            && id.isEmpty()) {
                        addWithoutHref(element, links);
                    }
                }
                case "area" -> add(tag, "href", attributes, links);
                case "link" -> {
                    if (!isOriginHint(attributes.get("rel"))) {
                        add(tag, "href", attributes, links);
                    }
                }
                case "script", "iframe", "embed", "audio", "track" ->
                        add(tag, "src", attributes, links);
                case "img", "source" -> {
                    add(tag, "src", attributes, links);
                    add(tag, "srcset", attributes, links);
                    add(tag, "usemap", attributes, usemaps);
                }
                case "map" -> {
                    maps.add(attributes.get("name"));
                    maps.add(id);
                }
                case "video" -> {
                    add(tag, "src", attributes, links);
                    add(tag, "poster", attributes, links);
                }
                case "object" -> add(tag, "data", attributes, links);
                case "input" -> {
                    if (attributes.get("type").equalsIgnoreCase("image")) {
                        add(tag, "src", attributes, links);
                    }
                }
                case "base" -> {
                    if (baseHref == null && attributes.hasKey("href")) {
                        baseHref = attributes.get("href");
                    }
                }
                default -> {
                    // no URL attribute we check
                }
            }
        }
        for (ScannedPage.Link usemap : usemaps) {
            // a hash-name reference: '#' and the name (or id) of a <map> on the same page
            String value = usemap.value();
            if (!value.startsWith("#") || !maps.contains(value.substring(1))) {
                links.add(usemap);
            }
        }
        return new ScannedPage(path, baseHref, anchors, links);
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

    private static void add(
            String tag, String attribute, Attributes attributes, List<ScannedPage.Link> links) {
        if (!attributes.hasKey(attribute)) {
            return;
        }
        // the same links recur on every page (the navigation): one copy of each serves them all
        String value = attributes.get(attribute).intern();
        if (!attributes.sourceRange(attribute).isTracked()) {
            links.add(new ScannedPage.Link(tag, attribute, value, 0, 0, false));
            return;
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
        links.add(
                new ScannedPage.Link(
                        tag,
                        attribute,
                        value,
                        position.lineNumber(),
                        position.columnNumber(),
                        literal));
    }

    private static void addWithoutHref(Element element, List<ScannedPage.Link> links) {
        Range.Position start = element.sourceRange().start();
        links.add(
                new ScannedPage.Link(
                        "a", null, "", start.lineNumber(), start.columnNumber(), false));
    }

    /** {@code preconnect} and {@code dns-prefetch} name an origin, not a resource. */
    private static boolean isOriginHint(String rel) {
        int length = rel.length();
        int i = 0;
        while (i < length) {
            while (i < length && rel.charAt(i) <= ' ') {
                i++;
            }
            int start = i;
            while (i < length && rel.charAt(i) > ' ') {
                i++;
            }
            int tokenLength = i - start;
            if (tokenLength > 0
                    && (rel.regionMatches(true, start, "preconnect", 0, tokenLength)
                                    && tokenLength == 10
                            || rel.regionMatches(true, start, "dns-prefetch", 0, tokenLength)
                                    && tokenLength == 12)) {
                return true;
            }
        }
        return false;
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
