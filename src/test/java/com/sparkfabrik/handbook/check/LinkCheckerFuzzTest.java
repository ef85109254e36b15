package com.sparkfabrik.handbook.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * Any HTML, any URLs in it: every problem the link checker reports names a page of the site and a
 * link written in that page; a site without links reports nothing. Seeds: {@code
 * LinkCheckerFuzzTestInputs/}; fuzz with {@code JAZZER_FUZZ=1}.
 */
class LinkCheckerFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void everyProblemNamesAPageOfTheSiteAndALinkWrittenInIt(FuzzedDataProvider data) {
        Map<String, String> pages =
                Map.of(
                        "index.html", data.consumeString(2000),
                        "a/b.html", data.consumeRemainingAsString());

        LinkCheckResult result =
                LinkChecker.check(pages, List.of("img/x.png"), LinkCheckOptions.defaults());

        for (LinkProblem problem : result.problems()) {
            String html = pages.get(problem.file());
            assertTrue(html != null, "no page " + problem.file() + ": " + problem);
            assertTrue(writtenIn(html, problem.href()), "not a link of the page: " + problem);
            assertTrue(
                    problem.line() <= html.split("\n", -1).length,
                    "past the last line: " + problem);
        }
    }

    @FuzzTest(maxDuration = "10m")
    void aSiteWithoutLinksReportsNothing(FuzzedDataProvider data) {
        String heading = data.consumeString(200);
        String text = data.consumeRemainingAsString();
        String page =
                "<!DOCTYPE html>\n<title>"
                        + escape(heading)
                        + "</title>\n<h1 id=\""
                        + escape(heading)
                        + "\">"
                        + escape(heading)
                        + "</h1>\n<p>"
                        + escape(text)
                        + "</p>\n";

        LinkCheckResult result =
                LinkChecker.check(
                        Map.of("index.html", page, "a/b.html", page),
                        List.of(),
                        LinkCheckOptions.defaults());

        assertEquals(List.of(), result.problems(), page);
        assertEquals(0, result.links(), page);
    }

    /** Whether {@code href} is (part of) an attribute value of the page as a browser reads it. */
    private static boolean writtenIn(String html, String href) {
        if (href.isEmpty()) {
            return true; // an empty link, or one with no href at all
        }
        for (Element element : Jsoup.parse(html).getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                if (attribute.getValue().contains(href)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
