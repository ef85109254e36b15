package com.sparkfabrik.handbook.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The linear inline parser and the text renderer produce exactly what flexmark's own do, on every
 * Markdown file of the repository and its test resources, and on random text.
 */
class FlexmarkSpeedupsTest {

    private static final MutableDataSet OPTIONS =
            new MutableDataSet()
                    .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))
                    .set(HtmlRenderer.ESCAPE_HTML, true);
    private static final Parser STOCK = Parser.builder(OPTIONS).build();
    private static final Parser LINEAR =
            Parser.builder(OPTIONS)
                    .customInlineParserFactory(LinearInlineParser::new)
                    .paragraphPreProcessorFactory(new ReferencePreProcessorFactory())
                    .build();
    private static final HtmlRenderer STOCK_HTML = HtmlRenderer.builder(OPTIONS).build();
    private static final HtmlRenderer FAST_HTML =
            HtmlRenderer.builder(OPTIONS).nodeRendererFactory(o -> new PlainTextRenderer()).build();

    @Test
    void sameHtmlForEveryKnownPage() throws IOException {
        int pages = 0;
        for (Path file : ContentFixtures.markdownFiles()) {
            assertSame(
                    new String(Files.readAllBytes(file), StandardCharsets.UTF_8), file.toString());
            pages++;
        }
        assertTrue(pages > 80, "pages: " + pages);
    }

    @Test
    void sameHtmlForRandomMarkdown() {
        String alphabet = "ab \n\\&<>\"'`*_[]()!#:/.-|\r;x1é";
        Random random = new Random(10);
        for (int round = 0; round < 3000; round++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(80); n > 0; n--) {
                text.append(
                        random.nextInt(8) == 0
                                ? List.of(
                                                "[a](b \"t\")",
                                                "&amp;",
                                                "`c`",
                                                "<x>",
                                                "&#35;",
                                                "\n\n| a |\n|---|\n")
                                        .get(random.nextInt(6))
                                : String.valueOf(
                                        alphabet.charAt(random.nextInt(alphabet.length()))));
            }
            assertSame(text.toString(), text.toString());
        }
    }

    @Test
    void escapesLikeFlexmark() {
        for (String s : List.of("", "plain", "a & b < c > d \" e ' f", "&&<<", "é<\u00e9>")) {
            assertEquals(Escaping.escapeHtml(s, false), PlainTextRenderer.escape(s), s);
        }
    }

    @Test
    void collapsesWhitespaceLikeTheRegularExpression() {
        Random random = new Random(7);
        String alphabet = "ab \t\n\u000B\f\r\u00A0\u2003\u001Cé";
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = text.toString();
            assertEquals(s.replaceAll("\\s+", " "), PlainText.collapseWhitespace(s), s);
        }
    }

    private static void assertSame(String markdown, String what) {
        assertEquals(
                STOCK_HTML.render(STOCK.parse(markdown)),
                FAST_HTML.render(LINEAR.parse(markdown)),
                what);
    }
}
