package com.sparkfabrik.handbook.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** An asset is decided by its name and its content; anything a browser would run is refused. */
class AssetPolicyTest {

    static final String PNG = "\u0089PNG\r\n\u001a\n\0\0\0\rIHDR";
    private static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"9\">";

    static Stream<Arguments> refused() {
        return Stream.of(
                refuse("evil.html", "<script>alert(document.cookie)</script>", "a .html file"),
                refuse("evil.HTM", "<b>x</b>", "a .htm file"),
                refuse("evil.xhtml", "<html xmlns='http://www.w3.org/1999/xhtml'/>", "a .xhtml"),
                refuse("evil.shtml", "x", "a .shtml file"),
                refuse("evil.js", "alert(1)", "a .js file"),
                refuse("evil.mjs", "alert(1)", "a .mjs file"),
                refuse("evil.xml", "<?xml-stylesheet href='x.xsl'?><x/>", "a .xml file"),
                refuse("evil.xsl", "<x/>", "a .xsl file"),
                refuse("evil.svgz", "x", "a .svgz file"),
                refuse("evil.css", "body{}", "a .css file"),
                refuse("evil.json", "{}", "a .json file"),
                refuse("evil.swf", "FWS", "a .swf file"),
                refuse("evil.wasm", "\0asm", "a .wasm file"),
                refuse("evil.mht", "x", "a .mht file"),
                refuse("evil.exe", "MZ", "a .exe file is not published: an asset may be"),
                refuse("Makefile", "all:", "a file without an extension"),
                refuse("evil.html.png", "<script>alert(1)</script>", "its content is not a PNG"),
                refuse("evil.jpg", "<html><script>alert(1)</script>", "not a JPEG image"),
                refuse("evil.gif", "<svg onload=alert(1)>", "not a GIF image"),
                refuse("evil.pdf", "<html>", "not a PDF document"),
                refuse("evil.woff2", "alert(1)", "not a WOFF2 font"),
                refuse("evil.ico", "<script>", "not an icon"),
                refuse("evil.webp", "RIFF0000WAVE", "not a WebP image"),
                refuse("notes.txt", "hello <script>alert(1)</script>", "markup"),
                refuse("notes.txt", "<!DOCTYPE html><p>x", "markup"),
                refuse("notes.txt", "< svg onload=alert(1)>", "markup"),
                refuse("data.csv", "a,b\n<?xml version='1.0'?>", "markup"),
                refuse("bin.txt", "a\0b", "NUL"),
                refuse("evil.svg", SVG + "<script>alert(1)</script></svg>", "<script>"),
                refuse("evil.svg", "<svg onload=\"alert(1)\"/>", "event handler onload"),
                refuse("evil.svg", SVG + "<rect ONCLICK=\"alert(1)\"/></svg>", "event handler"),
                refuse(
                        "evil.svg",
                        SVG + "<foreignObject><p/></foreignObject></svg>",
                        "foreignObject"),
                refuse(
                        "evil.svg",
                        SVG + "<a href=\"javascript:alert(1)\"><text>x</text></a></svg>",
                        "<a>"),
                refuse(
                        "evil.svg",
                        SVG + "<use href=\"java&#x09;script:alert(1)\"/></svg>",
                        "refers outside"),
                refuse(
                        "evil.svg",
                        SVG + "<use xlink:href=\"other.svg#x\"/></svg>",
                        "refers outside"),
                refuse(
                        "evil.svg",
                        SVG + "<image href=\"https://evil.example/x.png\"/></svg>",
                        "<image>"),
                refuse(
                        "evil.svg",
                        SVG + "<rect style=\"fill:url(https://evil.example/)\"/></svg>",
                        "refers outside"),
                refuse(
                        "evil.svg",
                        SVG + "<rect fill=\"url( 'http://x/#a')\"/></svg>",
                        "refers outside"),
                refuse("evil.svg", SVG + "<style>@import url(x.css)</style></svg>", "<style>"),
                refuse(
                        "evil.svg",
                        SVG + "<animate attributeName=\"href\" to=\"javascript:alert(1)\"/></svg>",
                        "<animate>"),
                refuse(
                        "evil.svg",
                        SVG + "<set attributeName=\"onmouseover\" to=\"alert(1)\"/></svg>",
                        "<set>"),
                refuse("evil.svg", SVG + "<SCRIPT>alert(1)</SCRIPT></svg>", "<SCRIPT>"),
                refuse(
                        "evil.svg",
                        SVG
                                + "<svg:script xmlns:svg=\"http://www.w3.org/2000/svg\">alert(1)</svg:script></svg>",
                        "<svg:script>"),
                refuse(
                        "evil.svg",
                        "<!DOCTYPE svg [<!ENTITY a \"lol\">]>" + SVG + "</svg>",
                        "document type"),
                refuse(
                        "evil.svg",
                        "<?xml-stylesheet href=\"x.xsl\" type=\"text/xsl\"?>" + SVG + "</svg>",
                        "processing-instruction"),
                refuse("evil.svg", "<html><script>alert(1)</script></html>", "root element"),
                refuse(
                        "evil.svg",
                        SVG + "<rect filter=\"url(data:image/svg+xml,x)\"/></svg>",
                        "refers outside"),
                refuse("evil.svg", "\u00ff\u00fe<svg/>", "UTF-8"));
    }

    private static Arguments refuse(String name, String content, String reason) {
        return Arguments.of(name, content, reason);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("refused")
    void activeOrMisnamedFilesAreRefused(String name, String content, String reason) {
        byte[] bytes =
                content.startsWith("\u00ff")
                        ? new byte[] {(byte) 0xff, (byte) 0xfe, '<', 0, 's', 0}
                        : content.getBytes(StandardCharsets.UTF_8);
        Optional<String> problem = AssetPolicy.problem("a/" + name, bytes);
        assertTrue(problem.isPresent(), name + " was allowed");
        assertTrue(problem.get().contains(reason), problem.get());
    }

    static Stream<Arguments> allowed() {
        return Stream.of(
                Arguments.of("logo.png", PNG),
                Arguments.of("photo.JPG", "\u00ff\u00d8\u00ff\u00e0JFIF"),
                Arguments.of("anim.gif", "GIF89a\u0001\u0000"),
                Arguments.of("pic.webp", "RIFF\u0000\u0000\u0000\u0000WEBPVP8 "),
                Arguments.of("pic.avif", "\u0000\u0000\u0000\u001cftypavif"),
                Arguments.of("favicon.ico", "\u0000\u0000\u0001\u0000\u0001"),
                Arguments.of("doc.pdf", "%PDF-1.7\n"),
                Arguments.of("font.woff", "wOFF\u0000\u0001"),
                Arguments.of("font.woff2", "wOF2\u0000\u0001"),
                Arguments.of("font.ttf", "\u0000\u0001\u0000\u0000\u0000"),
                Arguments.of("font.otf", "OTTO\u0000"),
                Arguments.of("notes.txt", "plain text: a < b, caffè"),
                Arguments.of("data.csv", "a,b\n1,<2\n"),
                Arguments.of(
                        "pool.svg",
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"40\">"
                                + "<rect width=\"120\" height=\"40\" fill=\"#4a7\"/></svg>"),
                Arguments.of(
                        "gradient.svg",
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- drawn -->\n"
                                + SVG
                                + "<defs><linearGradient id=\"g\"><stop offset=\"0\"/>"
                                + "</linearGradient></defs><title>x &amp; y</title>"
                                + "<rect fill=\"url(#g)\" style=\"stroke: url('#g')\"/>"
                                + "<use xlink:href=\"#g\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"/>"
                                + "<text>&lt;script&gt;</text></svg>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allowed")
    void imagesDocumentsFontsAndTextArePublished(String name, String content) {
        boolean text = name.matches(".*\\.(txt|csv|svg)");
        byte[] bytes =
                content.getBytes(text ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        assertEquals(Optional.empty(), AssetPolicy.problem(name, bytes));
    }
}
