package com.sparkfabrik.handbook;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;

/**
 * The part of the output invariant for files that are not pages: every file type written to the
 * site is known, and each file is what its name says. The layout's own scripts and style sheet are
 * byte for byte the ones in the jar; JSON parses; XML is well-formed without a document type;
 * images, PDFs and fonts start as their type does; text and SVG hold nothing a browser would run.
 * Written independently of the build's own asset check, so one mistake is not made twice.
 */
final class OutputFileTypes {

    private static final Pattern ACTIVE_TEXT =
            Pattern.compile(
                    "<\\s*(script|html|!doctype|svg|iframe|object|embed|foreignobject|\\?xml-)"
                            + "|\\son[a-z]+\\s*=|javascript:|<!entity",
                    Pattern.CASE_INSENSITIVE);
    private static final Pattern EXTERNAL_SVG_REFERENCE =
            Pattern.compile(
                    "href\\s*=\\s*[\"'](?!#)|url\\(\\s*[\"']?(?!#)", Pattern.CASE_INSENSITIVE);

    private OutputFileTypes() {}

    /** Adds the violations of one file that is not an HTML page. */
    static void check(String relative, byte[] bytes, List<String> violations) {
        String extension =
                relative.substring(relative.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        String problem =
                switch (relative) {
                    case "assets/search.js", "assets/site.js", "assets/style.css" ->
                            sameAsJar(relative, bytes);
                    default ->
                            switch (extension) {
                                case "json" -> json(bytes);
                                case "xml", "atom" -> xml(bytes);
                                case "svg" -> svg(bytes);
                                case "txt", "csv" -> text(bytes);
                                case "png" -> starts(bytes, 0, "\u0089PNG\r\n\u001a\n");
                                case "jpg", "jpeg" -> starts(bytes, 0, "\u00ff\u00d8\u00ff");
                                case "gif" -> starts(bytes, 0, "GIF8");
                                case "webp" -> starts(bytes, 8, "WEBP");
                                case "avif" -> starts(bytes, 4, "ftypavi");
                                case "ico" -> starts(bytes, 0, "\0\0\u0001\0");
                                case "pdf" -> starts(bytes, 0, "%PDF-");
                                case "woff" -> starts(bytes, 0, "wOFF");
                                case "woff2" -> starts(bytes, 0, "wOF2");
                                case "otf" -> starts(bytes, 0, "OTTO");
                                case "ttf" ->
                                        starts(bytes, 0, "\0\u0001\0\0") == null
                                                ? null
                                                : starts(bytes, 0, "true");
                                default -> "a file type the site never publishes";
                            };
                };
        if (problem != null) {
            violations.add(relative + ": " + problem);
        }
    }

    private static String sameAsJar(String relative, byte[] bytes) {
        try (InputStream own = OutputFileTypes.class.getResourceAsStream("/" + relative)) {
            return own != null && Arrays.equals(own.readAllBytes(), bytes)
                    ? null
                    : "differs from the layout's own file";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String json(byte[] bytes) {
        try {
            new ObjectMapper()
                    .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .readTree(bytes);
            return null;
        } catch (IOException e) {
            return "not one JSON value: " + e.getMessage();
        }
    }

    /** Well-formed, and without a document type (no entities, nothing fetched). */
    static String xml(byte[] bytes) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setNamespaceAware(true);
            factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
            return null;
        } catch (Exception e) {
            return "not well-formed XML: " + e.getMessage();
        }
    }

    private static String svg(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        String wellFormed = xml(bytes);
        if (wellFormed != null) {
            return wellFormed;
        }
        String withoutRoot =
                text.replaceFirst("(?s)^(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*)*<svg", "");
        if (ACTIVE_TEXT.matcher(withoutRoot).find()) {
            return "an SVG with active content";
        }
        String withoutNamespaces = text.replaceAll("xmlns(:\\w+)?\\s*=\\s*\"[^\"]*\"", "");
        return EXTERNAL_SVG_REFERENCE.matcher(withoutNamespaces).find()
                ? "an SVG referring outside itself"
                : null;
    }

    private static String text(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return ACTIVE_TEXT.matcher(text).find() || text.indexOf('\0') >= 0
                ? "text a browser could take for a document"
                : null;
    }

    private static String starts(byte[] bytes, int at, String magic) {
        byte[] expected = magic.getBytes(StandardCharsets.ISO_8859_1);
        return bytes.length >= at + expected.length
                        && Arrays.equals(
                                bytes, at, at + expected.length, expected, 0, expected.length)
                ? null
                : "its content is not what its name says";
    }
}
