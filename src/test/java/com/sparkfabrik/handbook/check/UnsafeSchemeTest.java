package com.sparkfabrik.handbook.check;

import static com.sparkfabrik.handbook.check.TestSites.expect;
import static com.sparkfabrik.handbook.check.TestSites.page;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Links that run code are errors, however they are spelled; other schemes are skipped offline.
 * Hrefs are written as HTML attribute text, so entities are decoded as a browser would.
 */
class UnsafeSchemeTest {

    @TempDir Path root;

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = " -> ",
            quoteCharacter = '"',
            nullValues = "valid",
            textBlock =
                    """
            javascript:alert(1)          -> index.html:2:10: error: unsafe link 'javascript:alert(1)': javascript: URLs run code [unsafe-link]
            JAVASCRIPT:alert(1)          -> index.html:2:10: error: unsafe link 'JAVASCRIPT:alert(1)': javascript: URLs run code [unsafe-link]
            java&#9;script:alert(1)      -> index.html:2:10: error: unsafe link 'java\\tscript:alert(1)': javascript: URLs run code [unsafe-link]
            java&#10;script:alert(1)     -> index.html:2:10: error: unsafe link 'java\\nscript:alert(1)': javascript: URLs run code [unsafe-link]
            " javascript:void(0)"        -> index.html:2:10: error: unsafe link ' javascript:void(0)': javascript: URLs run code [unsafe-link]
            &#x20;javascript:x           -> index.html:2:10: error: unsafe link ' javascript:x': javascript: URLs run code [unsafe-link]
            &#106;avascript:x            -> index.html:2:10: error: unsafe link 'javascript:x': javascript: URLs run code [unsafe-link]
            vbscript:msgbox(1)           -> index.html:2:10: error: unsafe link 'vbscript:msgbox(1)': vbscript: URLs run code [unsafe-link]
            data:text/html;base64,PHNjcmlwdD4= -> index.html:2:10: error: unsafe link 'data:text/html;base64,PHNjcmlwdD4=': data: URLs are not allowed in <a href> [unsafe-link]
            DATA:text/html,hi            -> index.html:2:10: error: unsafe link 'DATA:text/html,hi': data: URLs are not allowed in <a href> [unsafe-link]
            mailto:hr@example.com        -> valid
            tel:+39000                   -> valid
            ftp://example.com/x          -> valid
            https://example.com/missing  -> valid
            HTTP://example.com/          -> valid
            //example.com/x              -> valid
            javascriptx.html             -> index.html:2:10: error: broken link 'javascriptx.html': javascriptx.html does not exist [broken-link]
            """)
    void unsafeSchemesInHrefAreErrors(String href, String expected) {
        List<String> lines =
                TestSites.check(
                        root,
                        Map.of("index.html", page("<a href=\"" + href + "\">x</a>")),
                        LinkCheckOptions.defaults());

        assertEquals(expect(expected), lines);
    }

    @Test
    void dataUrlsAreFineForImagesButNotForFrames() {
        List<String> lines =
                TestSites.check(
                        root,
                        Map.of(
                                "index.html",
                                page(
                                        """
                <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="">
                <video poster="data:image/png;base64,AAAA"></video>
                <iframe src="data:text/html,hi"></iframe>
                <img src="javascript:alert(1)" alt="">""")),
                        LinkCheckOptions.defaults());

        assertEquals(
                List.of(
                        "index.html:4:14: error: unsafe link 'data:text/html,hi': data: URLs are not allowed in <iframe src> [unsafe-link]",
                        "index.html:5:11: error: unsafe link 'javascript:alert(1)': javascript: URLs run code [unsafe-link]"),
                lines);
    }

    @Test
    void externalLinksAreCollectedOnRequestWithTheirPositionAndWithoutFragment() {
        TestSites.write(
                root,
                Map.of(
                        "index.html",
                        page(
                                "<a href=\"https://example.com/a#part\">a</a>\n<img src=\"//cdn.example.com/i.png\" alt=\"\">")));

        LinkCheckResult result =
                LinkChecker.checkFolder(
                        root, root, LinkCheckOptions.builder().collectExternalLinks(true).build());
        LinkCheckResult withoutCollecting =
                LinkChecker.checkFolder(root, root, LinkCheckOptions.defaults());

        assertEquals(List.of(), withoutCollecting.externalLinks());
        assertEquals(
                List.of(
                        new ExternalLink(
                                "index.html",
                                2,
                                10,
                                "https://example.com/a#part",
                                "https://example.com/a"),
                        new ExternalLink(
                                "index.html",
                                3,
                                11,
                                "//cdn.example.com/i.png",
                                "https://cdn.example.com/i.png")),
                result.externalLinks());
        assertEquals(List.of(), result.problems());
    }
}
