package com.sparkfabrik.handbook.content;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.sparkfabrik.handbook.diag.Diagnostics;
import com.sparkfabrik.handbook.policy.Policy;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * Any page text, fact references included: evaluation and rendering report or succeed, never throw,
 * and the HTML holds no script, no event handler and no link with an unsafe scheme.
 */
class MarkdownFuzzTest {

    private static final Policy POLICY = ContentFixtures.fullPolicy();
    private static final FactExpander EXPANDER = new FactExpander(POLICY);
    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();

    @FuzzTest(maxDuration = "10m")
    void anyPageRendersToSafeHtml(FuzzedDataProvider data) {
        String body = data.consumeRemainingAsString();
        PageSource page =
                new PageSource("guides/fuzzed", "content/guides/fuzzed.md", "Fuzzed", 0, "", body);
        Diagnostics diagnostics = new Diagnostics();
        RenderedPage rendered =
                MARKDOWN.render(page, EXPANDER.expand(page, diagnostics), diagnostics);
        for (Element element : Jsoup.parseBodyFragment(rendered.html()).getAllElements()) {
            assertFalse(element.normalName().equals("script"), rendered.html());
            for (Attribute attribute : element.attributes()) {
                assertFalse(
                        attribute.getKey().toLowerCase(Locale.ROOT).startsWith("on"),
                        rendered.html());
                if (attribute.getKey().equals("href") || attribute.getKey().equals("src")) {
                    assertTrue(safe(attribute.getValue()), attribute.getValue());
                }
            }
        }
    }

    /** Relative, a fragment, http, https or mailto, after what a browser strips. */
    static boolean safe(String url) {
        String compact = url.replaceAll("[\\x00-\\x20\\x7f]", "").toLowerCase(Locale.ROOT);
        // a scheme is letters, digits, '+', '.', '-' from the start up to the first ':' (so "#a:b"
        // has none)
        boolean hasScheme = compact.matches("^[a-z][a-z0-9+.\\-]*:.*");
        return !hasScheme
                || compact.startsWith("http:")
                || compact.startsWith("https:")
                || compact.startsWith("mailto:");
    }
}
