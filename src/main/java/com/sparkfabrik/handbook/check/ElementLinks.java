package com.sparkfabrik.handbook.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a scan keeps of a page, element by element in document order, whichever parser reads it: the
 * anchors it offers and the URL attributes it makes, the links of code left out unless checked.
 */
final class ElementLinks {

    /** One element's attributes as the parser read them (entities decoded). */
    interface Attributes {
        boolean has(String name);

        /** The value, or "" when the attribute is not there. */
        String get(String name);

        /** The link an attribute that is there makes, with its position if the parser has one. */
        ScannedPage.Link link(String tag, String name);
    }

    private final LinkCheckOptions options;
    private final boolean share;
    private final Set<String> anchors = new HashSet<>();
    private final List<ScannedPage.Link> links = new ArrayList<>();
    private final Set<String> maps = new HashSet<>();
    private final List<ScannedPage.Link> usemaps = new ArrayList<>(0);
    private String baseHref;

    /**
     * {@code share}: the scan is kept with those of the whole site, so each link holds its value's
     * one shared copy ({@link ScannedPage.Link#shared}).
     */
    ElementLinks(LinkCheckOptions options, boolean share) {
        this.options = options;
        this.share = share;
    }

    /**
     * The next element; {@code verbatim}: it is code or inside code. True for an {@code <a>}
     * without href, name or id when those are reported: the parser adds it where it was.
     */
    boolean element(String tag, Attributes attributes, boolean verbatim) {
        String id = attributes.get("id");
        if (!id.isEmpty()) {
            anchors.add(id);
        }
        if (!options.checkVerbatim() && verbatim) {
            return false;
        }
        switch (tag) {
            case "a" -> {
                String name = attributes.get("name");
                if (!name.isEmpty()) {
                    anchors.add(name);
                }
                if (attributes.has("href")) {
                    add(tag, "href", attributes, links);
                } else {
                    return options.reportAnchorsWithoutHref() && name.isEmpty() && id.isEmpty();
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
                if (baseHref == null && attributes.has("href")) {
                    baseHref = attributes.get("href");
                }
            }
            default -> {
                // no URL attribute we check
            }
        }
        return false;
    }

    /** A link the parser found itself (an {@code <a>} without href, reported as empty). */
    void link(ScannedPage.Link link) {
        links.add(link);
    }

    ScannedPage page(String path) {
        for (ScannedPage.Link usemap : usemaps) {
            // a hash-name reference: '#' and the name (or id) of a <map> on the same page
            String value = usemap.value();
            if (!value.startsWith("#") || !maps.contains(value.substring(1))) {
                links.add(usemap);
            }
        }
        return new ScannedPage(path, baseHref, anchors, links);
    }

    private void add(
            String tag, String attribute, Attributes attributes, List<ScannedPage.Link> to) {
        if (attributes.has(attribute)) {
            ScannedPage.Link link = attributes.link(tag, attribute);
            to.add(share ? link.shared() : link);
        }
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
}
