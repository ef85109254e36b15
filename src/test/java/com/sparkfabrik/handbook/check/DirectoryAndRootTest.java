package com.sparkfabrik.handbook.check;

import static com.sparkfabrik.handbook.check.TestSites.expect;
import static com.sparkfabrik.handbook.check.TestSites.page;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Directory links resolve to their index file; root-relative links resolve against the root. */
class DirectoryAndRootTest {

    @TempDir Path root;

    private List<String> checkFromGuidePage(String href) {
        return TestSites.check(
                root,
                Map.of(
                        "guide/page.html", page("<a href=\"" + href + "\">x</a>"),
                        "guide/setup/index.html", page("<h1 id=\"step\">step</h1>"),
                        "guide/bare/notes.txt", "no index here",
                        "index.html", page("<h1 id=\"home\">home</h1>"),
                        "assets/logo.png", "x"),
                LinkCheckOptions.defaults());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = " -> ",
            quoteCharacter = '"',
            nullValues = "valid",
            textBlock =
                    """
            setup/                 -> valid
            setup                  -> valid
            setup/#step            -> valid
            setup#step             -> valid
            setup/#nope            -> guide/page.html:2:10: error: broken link 'setup/#nope': no id or name 'nope' in guide/setup/index.html [broken-anchor]
            setup/index.html#step  -> valid
            ./setup/./             -> valid
            bare/                  -> guide/page.html:2:10: error: broken link 'bare/': directory guide/bare/ has no index.html [broken-link]
            bare                   -> guide/page.html:2:10: error: broken link 'bare': directory guide/bare/ has no index.html [broken-link]
            nothing/               -> guide/page.html:2:10: error: broken link 'nothing/': directory guide/nothing/ does not exist [broken-link]
            ../                    -> valid
            ..                     -> valid
            ../#home               -> valid
            /                      -> valid
            /#home                 -> valid
            /index.html#home       -> valid
            /guide/setup/          -> valid
            /assets/logo.png       -> valid
            /../assets/logo.png    -> valid
            /guide/../assets/logo.png -> valid
            /assets/missing.png    -> guide/page.html:2:10: error: broken link '/assets/missing.png': assets/missing.png does not exist [broken-link]
            /Index.html            -> guide/page.html:2:10: error: broken link '/Index.html': Index.html does not exist [broken-link]
            ../assets//logo.png    -> valid
            ..\\assets\\logo.png   -> valid
            ../assets/logo.png?v=3 -> valid
            ../../outside.png      -> guide/page.html:2:10: error: broken link '../../outside.png': ../outside.png does not exist [broken-link]
            """)
    void directoryAndRootRelativeLinksResolve(String href, String expected) {
        assertEquals(expect(expected), checkFromGuidePage(href));
    }
}
