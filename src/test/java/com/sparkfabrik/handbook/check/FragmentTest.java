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

/** Fragments match ids and {@code <a name>}s case-sensitively, raw first, then percent-decoded. */
class FragmentTest {

    private static final String TARGET =
            page(
                    """
            <h1 id="install">Install</h1>
            <h2 id="Café">Café</h2>
            <h2 id="a%3Ab">literal percent</h2>
            <h2 id="|&gt;/2">pipe</h2>
            <a name="legacy"></a>
            <span name="not-a-target"></span>
            <h2 id="">empty id</h2>""");

    @TempDir Path root;

    // a line starting with # is a comment in a CSV text block: such hrefs are quoted
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = " -> ",
            quoteCharacter = '"',
            nullValues = "valid",
            textBlock =
                    """
            t.html#install                -> valid
            t.html#Install                -> index.html:2:10: error: broken link 't.html#Install': no id or name 'Install' in t.html [broken-anchor]
            t.html#INSTALL                -> index.html:2:10: error: broken link 't.html#INSTALL': no id or name 'INSTALL' in t.html [broken-anchor]
            t.html#Café                   -> valid
            t.html#Caf%C3%A9              -> valid
            t.html#caf%C3%A9              -> index.html:2:10: error: broken link 't.html#caf%C3%A9': no id or name 'café' in t.html [broken-anchor]
            t.html#a%3Ab                  -> valid
            t.html#a:b                    -> index.html:2:10: error: broken link 't.html#a:b': no id or name 'a:b' in t.html [broken-anchor]
            t.html#%7C%3E/2               -> valid
            t.html#legacy                 -> valid
            t.html#not-a-target           -> index.html:2:10: error: broken link 't.html#not-a-target': no id or name 'not-a-target' in t.html [broken-anchor]
            t.html#top                    -> valid
            t.html#TOP                    -> valid
            t.html#                       -> valid
            "#"                           -> valid
            "#top"                        -> valid
            "#self"                       -> valid
            "#nope"                       -> index.html:2:10: error: broken link '#nope': no id or name 'nope' in index.html [broken-anchor]
            t.html#nope                   -> index.html:2:10: error: broken link 't.html#nope': no id or name 'nope' in t.html [broken-anchor]
            t.html#%ZZ                    -> index.html:2:10: error: broken link 't.html#%ZZ': no id or name '%ZZ' in t.html [broken-anchor]
            t.html#:~:text=install        -> valid
            t.html#install:~:text=x       -> valid
            t.html#nope:~:text=x          -> index.html:2:10: error: broken link 't.html#nope:~:text=x': no id or name 'nope' in t.html [broken-anchor]
            t.html?q=1#install            -> valid
            missing.html#install          -> index.html:2:10: error: broken link 'missing.html#install': missing.html does not exist [broken-link]
            """)
    void fragmentIsMatchedAgainstIdsAndNames(String href, String expected) {
        var lines =
                TestSites.check(
                        root,
                        Map.of(
                                "index.html",
                                page("<a href=\"" + href + "\">x</a> <p id=\"self\"></p>"),
                                "t.html",
                                TARGET),
                        LinkCheckOptions.defaults());

        assertEquals(expect(expected), lines);
    }

    @Test
    void aMissingFragmentOfAnotherPageIsReportedAtEveryLinkThatNamesIt() {
        // pages are checked as they are read and fragments of other pages once all are read: a
        // link found fine once from a folder is not checked again, so deferring must not count
        Map<String, String> files =
                Map.of(
                        "a/one.html",
                        page(
                                """
                <a href="../t.html#nope">1</a>
                <a href="../t.html#nope">2</a>
                <a href="../t.html#install">3</a>
                <a href="#gone">4</a>"""),
                        "a/two.html",
                        page("<a href=\"../t.html#nope\">x</a> <a href=\"one.html#nope\">y</a>"),
                        "t.html",
                        TARGET);
        List<String> expected =
                List.of(
                        "a/one.html:2:10: error: broken link '../t.html#nope': no id or name 'nope' in t.html [broken-anchor]",
                        "a/one.html:3:10: error: broken link '../t.html#nope': no id or name 'nope' in t.html [broken-anchor]",
                        "a/one.html:5:10: error: broken link '#gone': no id or name 'gone' in a/one.html [broken-anchor]",
                        "a/two.html:2:10: error: broken link '../t.html#nope': no id or name 'nope' in t.html [broken-anchor]",
                        "a/two.html:2:41: error: broken link 'one.html#nope': no id or name 'nope' in a/one.html [broken-anchor]");

        assertEquals(expected, TestSites.check(root, files, LinkCheckOptions.defaults()));
        assertEquals(
                expected,
                TestSites.lines(
                        LinkChecker.check(files, List.of(), LinkCheckOptions.defaults())
                                .problems()));
    }
}
