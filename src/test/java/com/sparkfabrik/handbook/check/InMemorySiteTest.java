package com.sparkfabrik.handbook.check;

import static com.sparkfabrik.handbook.check.TestSites.page;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The build checks its pages before writing them: pages in memory, asset paths alongside. */
class InMemorySiteTest {

    @Test
    void pagesHeldInMemoryAreCheckedAgainstEachOtherAndTheAssetList() {
        Map<String, String> pages =
                Map.of(
                        "index.html",
                                page(
                                        """
                        <a href="usage/limits.html#weekly">weekly</a>
                        <a href="usage/limits.html#daily">daily</a>
                        <a href="usage/">usage</a>
                        <img src="assets/logo.svg" alt="">
                        <link rel="stylesheet" href="assets/site.css">"""),
                        "usage/index.html",
                                page(
                                        "<a href=\"../index.html\">home</a> <a href=\"../../outside.html\">out</a>"),
                        "usage/limits.html", page("<h2 id=\"weekly\">Weekly</h2>"));

        LinkCheckResult result =
                LinkChecker.check(pages, Set.of("assets/logo.svg"), LinkCheckOptions.defaults());

        assertEquals(3, result.pages());
        assertEquals(7, result.links());
        assertEquals(
                """
                index.html:3:10: error: broken link 'usage/limits.html#daily': no id or name 'daily' in usage/limits.html [broken-anchor]
                index.html:6:30: error: broken link 'assets/site.css': assets/site.css does not exist [broken-link]
                usage/index.html:2:43: error: broken link '../../outside.html': ../outside.html does not exist [broken-link]
                3 errors, 0 warnings
                """,
                TestSites.text(result.problems()));
    }

    @Test
    void aLinkRepeatedOnEveryPageOfAFolderIsJudgedForEachPage() {
        // the same URLs on pages of one folder and of another: what is fine from one folder can be
        // broken from the other, a fragment of the page itself is the page's own
        Map<String, String> pages =
                Map.of(
                        "a/one.html",
                                page(
                                        "<a href=\"two.html\">2</a> <a href=\"#x\">x</a> <a href=\"../a/two.html#h\">h</a>"),
                        "a/two.html",
                                page(
                                        "<h2 id=\"h\">H</h2><a href=\"two.html\">2</a> <a href=\"#x\">x</a> <a href=\"../a/two.html#h\">h</a>"),
                        "b/three.html",
                                page(
                                        "<a id=\"x\"></a><a href=\"two.html\">2</a> <a href=\"#x\">x</a> <a href=\"../a/two.html#h\">h</a>"));

        LinkCheckResult result = LinkChecker.check(pages, Set.of(), LinkCheckOptions.defaults());

        assertEquals(
                """
                a/one.html:2:35: error: broken link '#x': no id or name 'x' in a/one.html [broken-anchor]
                a/two.html:2:52: error: broken link '#x': no id or name 'x' in a/two.html [broken-anchor]
                b/three.html:2:24: error: broken link 'two.html': b/two.html does not exist [broken-link]
                3 errors, 0 warnings
                """,
                TestSites.text(result.problems()));
    }

    @Test
    void anHtmlFileKnownOnlyByPathIsALinkTargetWhoseFragmentsAreNotChecked() {
        Map<String, String> pages =
                Map.of(
                        "index.html",
                        page(
                                "<a href=\"legacy/old.html#part\">old</a> <a href=\"legacy/gone.html#part\">gone</a>"));

        LinkCheckResult result =
                LinkChecker.check(pages, Set.of("legacy/old.html"), LinkCheckOptions.defaults());

        assertEquals(
                List.of(
                        "index.html:2:49: error: broken link 'legacy/gone.html#part': legacy/gone.html does not "
                                + "exist [broken-link]"),
                TestSites.lines(result.problems()));
    }

    @Test
    void resultOrderIsDeterministicWhateverTheMapOrder() {
        Map<String, String> pages = new HashMap<>();
        for (int i = 0; i < 50; i++) {
            pages.put(
                    "p" + i + ".html",
                    page("<a href=\"gone" + i + ".html\">x</a> <a href=\"#nope\">y</a>"));
        }

        List<LinkProblem> first =
                LinkChecker.check(pages, Set.of(), LinkCheckOptions.defaults()).problems();
        List<LinkProblem> second =
                LinkChecker.check(Map.copyOf(pages), Set.of(), LinkCheckOptions.defaults())
                        .problems();

        assertEquals(100, first.size());
        assertEquals(first, second);
        assertEquals(first.stream().sorted().toList(), first);
    }
}
