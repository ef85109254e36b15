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

/** {@code <base href>} applies to every relative link, fragment-only links included. */
class BaseHrefTest {

    @TempDir Path root;

    private List<String> checkUnderBase(String base, String href) {
        return TestSites.check(
                root,
                Map.of(
                        "docs/page.html",
                                page("<base href=\"" + base + "\"><a href=\"" + href + "\">x</a>"),
                        "docs/sub/index.html", page("<h1 id=\"in-sub\">sub</h1>"),
                        "docs/sub/other.html", page("<h1 id=\"in-other\">other</h1>"),
                        "index.html", page("<h1 id=\"in-root\">root</h1>")),
                LinkCheckOptions.defaults());
    }

    @ParameterizedTest(name = "base {0}, href {1}")
    @CsvSource(
            delimiterString = " | ",
            quoteCharacter = '"',
            nullValues = "valid",
            textBlock =
                    """
            sub/          | "#in-sub"         | valid
            sub/          | "#in-root"        | docs/page.html:2:28: error: broken link '#in-root': no id or name 'in-root' in docs/sub/index.html [broken-anchor]
            sub/          | other.html        | valid
            sub/          | other.html#in-sub | docs/page.html:2:28: error: broken link 'other.html#in-sub': no id or name 'in-sub' in docs/sub/other.html [broken-anchor]
            sub/          | page.html         | docs/page.html:2:28: error: broken link 'page.html': docs/sub/page.html does not exist [broken-link]
            sub/          | ../page.html      | valid
            sub/other.html | "#in-other"      | valid
            sub/other.html | "#in-sub"        | docs/page.html:2:38: error: broken link '#in-sub': no id or name 'in-sub' in docs/sub/other.html [broken-anchor]
            /             | "#in-root"        | valid
            /             | docs/sub/         | valid
            /docs/sub/    | "#in-sub"         | valid
            ../           | "#in-root"        | valid
            https://example.com/ | nothing-local.html | valid
            file:///tmp/  | nothing-local.html | valid
            javascript:x  | "#missing-here"   | docs/page.html:2:36: error: broken link '#missing-here': no id or name 'missing-here' in docs/page.html [broken-anchor]
            """)
    void relativeLinksResolveAgainstTheBase(String base, String href, String expected) {
        assertEquals(expect(expected), checkUnderBase(base, href));
    }

    @Test
    void onlyTheFirstBaseCounts() {
        List<String> lines =
                TestSites.check(
                        root,
                        Map.of(
                                "index.html",
                                        page(
                                                "<base href=\"a/\"><base href=\"b/\"><a href=\"x.html\">x</a>"),
                                "a/x.html", page("a")),
                        LinkCheckOptions.defaults());

        assertEquals(List.of(), lines);
    }

    @Test
    void rootRelativeLinksIgnoreTheBaseDirectory() {
        List<String> lines =
                TestSites.check(
                        root,
                        Map.of(
                                "index.html", page("<base href=\"a/\"><a href=\"/x.html\">x</a>"),
                                "a/x.html", page("a")),
                        LinkCheckOptions.defaults());

        assertEquals(
                List.of(
                        "index.html:2:26: error: broken link '/x.html': x.html does not exist [broken-link]"),
                lines);
    }
}
