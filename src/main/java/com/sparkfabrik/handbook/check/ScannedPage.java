package com.sparkfabrik.handbook.check;

import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Range;

/**
 * What the link check needs from one parsed page, so the page is parsed once and its document
 * dropped: the targets it offers and the links it makes.
 *
 * @param path the page, relative to the root
 * @param baseHref the first {@code <base href>}, or null
 * @param anchors every {@code id} and {@code <a name>}
 * @param links every checked URL attribute, in document order
 */
record ScannedPage(String path, String baseHref, Set<String> anchors, List<ScannedPage.Link> links) {

    /**
     * One URL attribute as written.
     *
     * @param tag the element, lower case
     * @param attribute the attribute, lower case; null for an {@code <a>} without href
     * @param value the value, entities decoded
     * @param position where the value starts (the element's start when there is no attribute)
     */
    record Link(String tag, String attribute, String value, Range.Position position) {

        boolean isSrcset() {
            return "srcset".equals(attribute);
        }

        /** Elements whose URL is navigated to or embedded as a document, where a data: URL is unsafe. */
        boolean isNavigable() {
            return switch (tag) {
                case "a", "area", "iframe", "embed", "object" -> true;
                default -> false;
            };
        }

        /** Elements whose empty URL means "this page" (a link to itself), not a missing resource. */
        boolean isHyperlink() {
            return tag.equals("a") || tag.equals("area");
        }
    }
}
