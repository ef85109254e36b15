package com.sparkfabrik.handbook.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A page read without its tree scans exactly as jsoup's parse of it, or is left to jsoup: on every
 * page the layout writes, and on random pages made of markup a parser moves, closes, reopens or
 * drops.
 */
class PlainPagesTest {

    private static final LinkCheckOptions OPTIONS = LinkCheckOptions.defaults();

    @Test
    void everyPageOfTheGoldenSiteIsPlainAndScansAsParsed() throws IOException {
        for (Path page : NavigationScansTest.goldenPages()) {
            String path = NavigationScansTest.GOLDEN.relativize(page).toString();
            String html = Files.readString(page);
            Optional<ScannedPage> plain = PlainPages.scan(path, html, OPTIONS, false);
            assertTrue(plain.isPresent(), path + " is written plain");
            assertEquals(LinkChecker.scan(path, html, OPTIONS), plain.get(), path);
        }
    }

    @Test
    void markupAParserWouldChangeIsLeftToIt() {
        List<String> changed =
                List.of(
                        "<p><div id=\"d\"></div></p>",
                        "<ul><li><a href=\"x\"></li></ul>",
                        "<li><a href=\"x\">x</a></li>",
                        "<a href=\"x\"><a href=\"y\">y</a></a>",
                        "<table><a href=\"x\">x</a></table>",
                        "<table><tr><td><a href=\"x\">x</a></td></tr></table>",
                        "<h2><h3 id=\"h\">h</h3></h2>",
                        "<A HREF=\"x\">x</A>",
                        "<a href=x>x</a>",
                        "<a href=\"x\" href=\"y\">x</a>",
                        "<a href=\"x&copy;\">x</a>",
                        "<a href=\"x&amp\">x</a>",
                        "<!-- <a href=\"x\"> -->",
                        "<p><a href=\"x\r\n\">x</a></p>",
                        "<p><a id=\"a\0\" href=\"x\">x</a></p>",
                        "<div/><a href=\"x\">x</a>",
                        "<code><a href=\"x\">x</a></code>",
                        "<svg><a href=\"x\">x</a></svg>",
                        "<p>unclosed",
                        "<script>if (a < b) {}</script>");
        for (String body : changed) {
            String html = "<!DOCTYPE html><html><head></head><body>" + body + "</body></html>";
            assertEquals(Optional.empty(), PlainPages.scan("p.html", html, OPTIONS, false), body);
        }
    }

    @Test
    void randomPagesScanAsParsedWhenPlain() {
        List<String> parts =
                List.of(
                        "<p>",
                        "</p>",
                        "<div id=\"d\">",
                        "</div>",
                        "<ul>",
                        "</ul>",
                        "<li id=\"l\">",
                        "</li>",
                        "<a href=\"p.html#x\">",
                        "<a href=\"q.html?a=1&amp;b=&#50;\" title='&quot;t&apos;'>",
                        "<a name=\"n\">",
                        "<a id=\"i\" class=\"c\">",
                        "</a>",
                        "<pre>",
                        "</pre>",
                        "<code>",
                        "</code>",
                        "<span>",
                        "</span>",
                        "<img src=\"i.png\" srcset=\"i.png 1x, j.png 2x\" usemap=\"#m\">",
                        "<img src=\"k.png\"/>",
                        "<input type=\"image\" src=\"b.png\">",
                        "<link rel=\"preconnect\" href=\"https://x\">",
                        "<script src=\"s.js\"></script>",
                        "<table>",
                        "</table>",
                        "<tbody>",
                        "</tbody>",
                        "<tr>",
                        "</tr>",
                        "<td>",
                        "</td>",
                        "<h2 id=\"h\">",
                        "</h2>",
                        "<strong>",
                        "</strong>",
                        "<details open>",
                        "</details>",
                        "<br>",
                        "text &amp; more ",
                        "<!---->",
                        "line\r\nbreak\rnul\0 ",
                        "<a href=\"p\r\n.html#x\">",
                        "<a id=\"i\0\" href=\"q.html\">",
                        "<a\rhref=\"r.html\">",
                        "<p\0>",
                        "<a href=\"s.html\"\r>");
        Random random = new Random(5);
        int plain = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder body = new StringBuilder();
            for (int i = random.nextInt(12); i >= 0; i--) {
                body.append(parts.get(random.nextInt(parts.size())));
            }
            String html = "<!DOCTYPE html><html><head></head><body>" + body + "</body></html>";
            Optional<ScannedPage> read = PlainPages.scan("p.html", html, OPTIONS, false);
            if (read.isPresent()) {
                plain++;
                assertEquals(LinkChecker.scan("p.html", html, OPTIONS), read.get(), html);
            }
        }
        // enough pages were read without jsoup for the comparison to mean something
        assertTrue(plain > 200, plain + " plain pages");
    }

    @Test
    void randomBalancedPagesScanAsParsedWhenPlain() {
        Random random = new Random(17);
        int plain = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder body = new StringBuilder();
            tree(random, body, 0);
            String html =
                    "<!DOCTYPE html><html><head><title>t</title></head><body>"
                            + body
                            + "</body></html>";
            Optional<ScannedPage> read = PlainPages.scan("p.html", html, OPTIONS, false);
            if (read.isPresent()) {
                plain++;
                assertEquals(LinkChecker.scan("p.html", html, OPTIONS), read.get(), html);
            }
        }
        assertTrue(plain > 4_000, plain + " plain pages");
    }

    private static final List<String> ELEMENTS =
            List.of(
                    "p",
                    "div",
                    "ul",
                    "ol",
                    "li",
                    "a",
                    "span",
                    "code",
                    "pre",
                    "table",
                    "thead",
                    "tbody",
                    "tr",
                    "td",
                    "th",
                    "h2",
                    "h3",
                    "strong",
                    "em",
                    "details",
                    "summary",
                    "nav",
                    "blockquote",
                    "dl",
                    "dt",
                    "dd",
                    "label");

    private static final List<String> ATTRIBUTES =
            List.of(
                    "",
                    " id=\"a\"",
                    " href=\"x.html#a\"",
                    " name=\"n\"",
                    " href=\"y.html\" id=\"b\"",
                    " class=\"c\"",
                    " href=\"&lt;z&gt;\"");

    private static final List<String> LEAVES =
            List.of(
                    "text",
                    "<br>",
                    "<img src=\"i.png\" usemap=\"#m\">",
                    "<input type=\"image\" src=\"b.png\">",
                    "<hr>",
                    "&amp; &#60;",
                    "<script src=\"s.js\"></script>");

    /** A well-nested element with random children: what the tags spell, a parser may not build. */
    private static void tree(Random random, StringBuilder out, int depth) {
        int children = depth > 4 ? 0 : random.nextInt(4);
        for (int i = 0; i < children; i++) {
            if (random.nextInt(3) == 0) {
                out.append(LEAVES.get(random.nextInt(LEAVES.size())));
                continue;
            }
            String tag = ELEMENTS.get(random.nextInt(ELEMENTS.size()));
            out.append('<').append(tag).append(ATTRIBUTES.get(random.nextInt(ATTRIBUTES.size())));
            out.append('>');
            tree(random, out, depth + 1);
            out.append("</").append(tag).append('>');
        }
    }
}
