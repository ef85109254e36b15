package com.sparkfabrik.handbook.content;

import java.nio.charset.CharacterCodingException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.nodes.XmlDeclaration;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;

/**
 * An SVG file is a document a browser runs when opened directly: it is published only when it is a
 * drawing and nothing more. Elements come from an allow-list of shapes, text, gradients and
 * filters; no script, {@code foreignObject}, animation, link, image or style sheet; no event
 * handler; every reference ({@code href}, {@code url(...)}) points inside the file ({@code #id});
 * no document type (entities) and no processing instruction other than the XML declaration.
 * Refused, not rewritten: the author sees why and exports a plain drawing.
 */
final class SvgCheck {

    private static final Set<String> ELEMENTS =
            Set.of(
                    "svg",
                    "g",
                    "defs",
                    "title",
                    "desc",
                    "metadata",
                    "symbol",
                    "use",
                    "path",
                    "rect",
                    "circle",
                    "ellipse",
                    "line",
                    "polyline",
                    "polygon",
                    "text",
                    "tspan",
                    "textPath",
                    "linearGradient",
                    "radialGradient",
                    "stop",
                    "clipPath",
                    "mask",
                    "pattern",
                    "marker",
                    "filter",
                    "feBlend",
                    "feColorMatrix",
                    "feComponentTransfer",
                    "feComposite",
                    "feConvolveMatrix",
                    "feDiffuseLighting",
                    "feDisplacementMap",
                    "feDistantLight",
                    "feDropShadow",
                    "feFlood",
                    "feFuncA",
                    "feFuncB",
                    "feFuncG",
                    "feFuncR",
                    "feGaussianBlur",
                    "feMerge",
                    "feMergeNode",
                    "feMorphology",
                    "feOffset",
                    "fePointLight",
                    "feSpecularLighting",
                    "feSpotLight",
                    "feTile",
                    "feTurbulence");

    private SvgCheck() {}

    static Optional<String> problem(byte[] bytes) {
        String text;
        try {
            text = AssetPolicy.decodeUtf8(bytes);
        } catch (CharacterCodingException e) {
            return Optional.of("an SVG file must be UTF-8");
        }
        Document document = Parser.xmlParser().parseInput(text, "");
        Element root = null;
        for (Node node : document.childNodes()) {
            if (node instanceof Element element) {
                if (root != null) {
                    return refused("it has more than one root element");
                }
                root = element;
            }
        }
        if (root == null || !root.tagName().equals("svg")) {
            return refused("its root element is not <svg>");
        }
        String[] found = {null};
        NodeTraversor.traverse(
                (node, depth) -> {
                    if (found[0] == null) {
                        found[0] = activePart(node);
                    }
                },
                document);
        return found[0] == null ? Optional.empty() : refused(found[0]);
    }

    private static Optional<String> refused(String why) {
        return Optional.of(
                "an SVG file is published only as a plain drawing, and this one is not: " + why);
    }

    /** What makes this node more than a drawing; null when nothing does. */
    private static String activePart(Node node) {
        if (node instanceof Document
                || node instanceof TextNode
                || node instanceof Comment
                || node instanceof XmlDeclaration declaration
                        && declaration.name().equals("xml")
                        && declaration.getClass() == XmlDeclaration.class) {
            return null;
        }
        if (node instanceof DocumentType) {
            return "it has a document type (<!DOCTYPE>)";
        }
        if (!(node instanceof Element element)) {
            // a processing instruction (a style sheet), a declaration, anything not drawn
            return "it has a "
                    + node.nodeName().replace("#", "")
                    + " other than the XML declaration";
        }
        String tag = element.tagName();
        if (!ELEMENTS.contains(tag)) {
            return "element <" + tag + "> is not allowed";
        }
        for (Attribute attribute : element.attributes()) {
            String name = attribute.getKey().toLowerCase(Locale.ROOT);
            String value = compact(attribute.getValue());
            if (name.startsWith("on")) {
                return "<" + tag + "> has an event handler " + attribute.getKey();
            }
            if ((name.equals("href") || name.endsWith(":href")) && !value.startsWith("#")) {
                return "<" + tag + "> refers outside the file: " + attribute.getKey();
            }
            if (value.contains("@import")
                    || !urlsStayInside(value)
                    || value.contains("javascript:")
                    || value.contains("data:")) {
                return "<" + tag + "> attribute " + attribute.getKey() + " refers outside the file";
            }
            if (name.startsWith("xmlns:") && !Set.of("xlink", "svg").contains(name.substring(6))) {
                return "<" + tag + "> declares the namespace " + attribute.getKey();
            }
        }
        return null;
    }

    /** Every {@code url(...)} in a compacted value names a fragment of this file. */
    private static boolean urlsStayInside(String value) {
        for (int at = value.indexOf("url("); at >= 0; at = value.indexOf("url(", at + 4)) {
            int target = at + 4;
            if (target < value.length()
                    && (value.charAt(target) == '\'' || value.charAt(target) == '"')) {
                target++;
            }
            if (target >= value.length() || value.charAt(target) != '#') {
                return false;
            }
        }
        return true;
    }

    /** The value as a browser compares it: case ignored, whitespace and escapes' spaces dropped. */
    private static String compact(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c > ' ') {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }
}
