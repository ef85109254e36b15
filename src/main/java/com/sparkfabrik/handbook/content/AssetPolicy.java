package com.sparkfabrik.handbook.content;

import com.sparkfabrik.handbook.diag.Diagnostics;
import com.sparkfabrik.handbook.diag.SourcePosition;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a file under {@code content/} that is not a page may be, decided by its name and its
 * content: an asset is published on the handbook's own origin, so anything a browser would run
 * (HTML, XHTML, JavaScript, an SVG with a script, a file that only claims to be an image) would be
 * stored cross-site scripting from one pull request. Allowed: raster images, PDF, web fonts, plain
 * text, and SVG without active parts ({@link SvgCheck}). Everything else is refused.
 */
public final class AssetPolicy {

    static final String RULE = "asset";

    private static final String ALLOWED =
            "an asset may be an image (png, jpg, gif, webp, avif, ico, svg), a pdf, a font (woff,"
                    + " woff2, ttf, otf) or plain text (txt, csv)";

    /** Known-binary types: the name and the first bytes must agree. */
    private static final Map<String, String> KINDS =
            Map.ofEntries(
                    Map.entry("png", "a PNG image"),
                    Map.entry("jpg", "a JPEG image"),
                    Map.entry("jpeg", "a JPEG image"),
                    Map.entry("gif", "a GIF image"),
                    Map.entry("webp", "a WebP image"),
                    Map.entry("avif", "an AVIF image"),
                    Map.entry("ico", "an icon"),
                    Map.entry("pdf", "a PDF document"),
                    Map.entry("woff", "a WOFF font"),
                    Map.entry("woff2", "a WOFF2 font"),
                    Map.entry("ttf", "a TrueType font"),
                    Map.entry("otf", "an OpenType font"),
                    Map.entry("txt", "plain text"),
                    Map.entry("csv", "plain text"),
                    Map.entry("svg", "an SVG image"));

    /** Markup a browser sniffing a text file could take for a document. */
    private static final Pattern MARKUP =
            Pattern.compile(
                    "<\\s*(!doctype|html|head|body|script|svg|iframe|object|embed|meta|\\?xml)",
                    Pattern.CASE_INSENSITIVE);

    private AssetPolicy() {}

    /**
     * Whether {@code bytes}, found at {@code content/<relative>}, may be published; when not, the
     * reason is reported at the file. A refused file is never published, whatever the rule's
     * severity.
     */
    public static boolean allows(String relative, byte[] bytes, Diagnostics diagnostics) {
        Optional<String> problem = problem(relative, bytes);
        problem.ifPresent(
                p ->
                        diagnostics.error(
                                RULE, SourcePosition.of(ContentReader.DIR + "/" + relative), p));
        return problem.isEmpty();
    }

    static Optional<String> problem(String relative, byte[] bytes) {
        String name = relative.substring(relative.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        String kind = KINDS.get(extension);
        if (kind == null) {
            return Optional.of(
                    (extension.isEmpty()
                                    ? "a file without an extension"
                                    : "a ." + extension + " file")
                            + " is not published"
                            + (active(extension) ? " (a browser would run it on the site)" : "")
                            + ": "
                            + ALLOWED);
        }
        if (extension.equals("svg")) {
            return SvgCheck.problem(bytes);
        }
        if (extension.equals("txt") || extension.equals("csv")) {
            return textProblem(bytes);
        }
        return startsLike(extension, bytes)
                ? Optional.empty()
                : Optional.of(
                        "the file is named ."
                                + extension
                                + " but its content is not "
                                + kind
                                + ": a browser could read it as something else");
    }

    private static boolean active(String extension) {
        return switch (extension) {
            case "html",
                    "htm",
                    "xhtml",
                    "xht",
                    "shtml",
                    "js",
                    "mjs",
                    "cjs",
                    "xml",
                    "xsl",
                    "xslt",
                    "svgz",
                    "swf",
                    "hta",
                    "jar",
                    "wasm",
                    "css",
                    "json",
                    "appcache",
                    "webmanifest",
                    "php",
                    "jsp",
                    "asp",
                    "aspx",
                    "vbs",
                    "mht",
                    "mhtml" ->
                    true;
            default -> false;
        };
    }

    /** The first bytes every file of this type starts with. */
    private static boolean startsLike(String extension, byte[] b) {
        return switch (extension) {
            case "png" -> prefix(b, 0, 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n');
            case "jpg", "jpeg" -> prefix(b, 0, 0xFF, 0xD8, 0xFF);
            case "gif" -> ascii(b, 0, "GIF87a") || ascii(b, 0, "GIF89a");
            case "webp" -> ascii(b, 0, "RIFF") && ascii(b, 8, "WEBP");
            case "avif" -> ascii(b, 4, "ftypavif") || ascii(b, 4, "ftypavis");
            case "ico" -> prefix(b, 0, 0, 0, 1, 0);
            case "pdf" -> ascii(b, 0, "%PDF-");
            case "woff" -> ascii(b, 0, "wOFF");
            case "woff2" -> ascii(b, 0, "wOF2");
            case "ttf" -> prefix(b, 0, 0, 1, 0, 0) || ascii(b, 0, "true");
            case "otf" -> ascii(b, 0, "OTTO");
            default -> false;
        };
    }

    private static Optional<String> textProblem(byte[] bytes) {
        String text;
        try {
            text = decodeUtf8(bytes);
        } catch (CharacterCodingException e) {
            return Optional.of("a text file must be UTF-8");
        }
        if (text.indexOf('\0') >= 0) {
            return Optional.of("a text file must not contain NUL: is it binary?");
        }
        if (MARKUP.matcher(text).find()) {
            return Optional.of(
                    "the text holds HTML or XML markup a browser could run: publish it as a page");
        }
        return Optional.empty();
    }

    static String decodeUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    private static boolean prefix(byte[] b, int at, int... expected) {
        if (b.length < at + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((b[at + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean ascii(byte[] b, int at, String expected) {
        byte[] e = expected.getBytes(StandardCharsets.US_ASCII);
        return b.length >= at + e.length && Arrays.equals(b, at, at + e.length, e, 0, e.length);
    }
}
