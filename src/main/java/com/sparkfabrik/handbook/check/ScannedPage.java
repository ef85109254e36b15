package com.sparkfabrik.handbook.check;

import java.util.List;
import java.util.Set;

/**
 * What the link check needs from one parsed page, so the page is parsed once and its document
 * dropped: the targets it offers and the links it makes.
 *
 * @param path the page, relative to the root
 * @param baseHref the first {@code <base href>}, or null
 * @param anchors every {@code id} and {@code <a name>}
 * @param links every checked URL attribute, in document order, then every {@code usemap} that names
 *     no map of the page
 */
public record ScannedPage(
        String path, String baseHref, Set<String> anchors, List<ScannedPage.Link> links) {

    /**
     * One URL attribute as written.
     *
     * @param tag the element, lower case
     * @param attribute the attribute, lower case; null for an {@code <a>} without href
     * @param value the value, entities decoded
     * @param line 1-based line where the value starts (the attribute name when the value is empty,
     *     the element when there is no attribute)
     * @param column 1-based column, likewise
     * @param literal the value is written in the source exactly as it reads (no entities), so an
     *     offset into it is an offset into the source
     */
    record Link(String tag, String attribute, String value, int line, int column, boolean literal) {

        /** A link read without its position. */
        static Link unplaced(String tag, String attribute, String value) {
            return new Link(tag, attribute, value, 0, 0, false);
        }

        /**
         * The same link with its value's one shared copy: the same links recur on every page (the
         * navigation), so scans kept together for a whole site hold one copy of each.
         */
        Link shared() {
            String copy = value.intern();
            return copy == value ? this : new Link(tag, attribute, copy, line, column, literal);
        }

        /**
         * The same link positioned at {@code offset} into its value (a srcset candidate), if the
         * value is literal; otherwise positioned at the value's start.
         */
        Link at(int offset) {
            if (!literal || offset == 0) {
                return this;
            }
            int lineStart = -1;
            int lines = 0;
            for (int i = 0; i < offset; i++) {
                if (value.charAt(i) == '\n') {
                    lines++;
                    lineStart = i;
                }
            }
            return lines == 0
                    ? new Link(tag, attribute, value, line, column + offset, literal)
                    : new Link(tag, attribute, value, line + lines, offset - lineStart, literal);
        }

        /** An image's {@code usemap} that names no {@code <map>} of its page. */
        boolean isUsemap() {
            return "usemap".equals(attribute);
        }

        boolean isSrcset() {
            return "srcset".equals(attribute);
        }

        /**
         * Elements whose URL is navigated to or embedded as a document, where a data: URL is
         * unsafe.
         */
        boolean isNavigable() {
            return switch (tag) {
                case "a", "area", "iframe", "embed", "object" -> true;
                default -> false;
            };
        }

        /**
         * Elements whose empty URL means "this page" (a link to itself), not a missing resource.
         */
        boolean isHyperlink() {
            return tag.equals("a") || tag.equals("area");
        }
    }
}
