package com.sparkfabrik.handbook.check;

import static com.sparkfabrik.handbook.check.TestSites.page;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each case where link checkers disagree has a default and an option that turns it around. */
class LinkOptionsTest {

    @TempDir Path root;

    private List<String> check(String body, LinkCheckOptions options) {
        return TestSites.check(
                root,
                Map.of(
                        "index.html", page(body),
                        "guide/index.html", page("guide"),
                        "guide/setup.html", page("setup"),
                        "bare/notes.txt", "x",
                        "docs/index.htm", page("docs")),
                options);
    }

    private static LinkCheckOptions.Builder options() {
        return LinkCheckOptions.builder();
    }

    @Test
    void hashHrefIsValidByDefaultAndAnErrorOnRequest() {
        String body = "<a href=\"#\">top</a>";

        assertEquals(List.of(), check(body, LinkCheckOptions.defaults()));
        assertEquals(
                List.of("index.html:2:10: error: empty link '#': '#' goes nowhere [empty-link]"),
                check(body, options().hashHrefValid(false).build()));
    }

    @Test
    void emptyHrefIsThePageItselfByDefaultAndAnErrorOnRequest() {
        String body = "<a href=\"\">self</a> <a href=\"  \">spaces</a>";

        assertEquals(List.of(), check(body, LinkCheckOptions.defaults()));
        assertEquals(
                List.of(
                        "index.html:2:4: error: empty link '': href is empty [empty-link]",
                        "index.html:2:30: error: empty link '  ': href is empty [empty-link]"),
                check(body, options().emptyHrefValid(false).build()));
    }

    @Test
    void anchorWithoutHrefIsIgnoredByDefaultAndAnErrorOnRequestUnlessItIsATarget() {
        String body =
                "<a>placeholder</a> <a name=\"target\"></a> <a id=\"other\"></a> <a class=\"x\">styled</a>";

        assertEquals(List.of(), check(body, LinkCheckOptions.defaults()));
        assertEquals(
                List.of(
                        "index.html:2:1: error: empty link '': <a> has no href [empty-link]",
                        "index.html:2:61: error: empty link '': <a> has no href [empty-link]"),
                check(body, options().reportAnchorsWithoutHref(true).build()));
    }

    @Test
    void directoryWithoutTrailingSlashIsValidByDefaultAndAnErrorOnRequest() {
        String body = "<a href=\"guide\">guide</a> <a href=\"guide/\">guide</a>";

        assertEquals(List.of(), check(body, LinkCheckOptions.defaults()));
        assertEquals(
                List.of(
                        "index.html:2:10: error: broken link 'guide': guide is a directory: link to guide/ [broken-link]"),
                check(body, options().directoryWithoutSlashValid(false).build()));
    }

    @Test
    void directoryWithoutIndexIsAnErrorByDefaultAndValidOnRequest() {
        String body = "<a href=\"bare/\">bare</a>";

        assertEquals(
                List.of(
                        "index.html:2:10: error: broken link 'bare/': directory bare/ has no index.html [broken-link]"),
                check(body, LinkCheckOptions.defaults()));
        assertEquals(List.of(), check(body, options().directoryWithoutIndexValid(true).build()));
    }

    @Test
    void indexFileNamesCanBeChosen() {
        String body = "<a href=\"docs/\">docs</a>";

        assertEquals(
                List.of(
                        "index.html:2:10: error: broken link 'docs/': directory docs/ has no index.html [broken-link]"),
                check(body, LinkCheckOptions.defaults()));
        assertEquals(
                List.of(),
                check(body, options().indexFiles(List.of("index.html", "index.htm")).build()));
    }

    @Test
    void extensionlessLinkIsBrokenByDefaultAndFoundWithAFallbackExtension() {
        String body =
                "<a href=\"guide/setup\">setup</a> <a href=\"guide/setup.txt\">not extensionless</a>";

        assertEquals(
                List.of(
                        "index.html:2:10: error: broken link 'guide/setup': guide/setup does not exist [broken-link]",
                        "index.html:2:42: error: broken link 'guide/setup.txt': guide/setup.txt does not exist [broken-link]"),
                check(body, LinkCheckOptions.defaults()));
        assertEquals(
                List.of(
                        "index.html:2:42: error: broken link 'guide/setup.txt': guide/setup.txt does not exist [broken-link]"),
                check(body, options().fallbackExtensions(List.of(".html")).build()));
    }

    @Test
    void linksInPreAndCodeAreCheckedByDefaultAndSkippedOnRequest() {
        String body =
                "<pre><code><a href=\"gone.html\">x</a></code></pre> <code><img src=\"gone.png\"></code>";

        assertEquals(
                List.of(
                        "index.html:2:21: error: broken link 'gone.html': gone.html does not exist [broken-link]",
                        "index.html:2:67: error: broken link 'gone.png': gone.png does not exist [broken-link]"),
                check(body, LinkCheckOptions.defaults()));
        assertEquals(List.of(), check(body, options().checkVerbatim(false).build()));
    }

    @Test
    void defaultsAreTheDocumentedOnes() {
        LinkCheckOptions defaults = LinkCheckOptions.defaults();

        assertEquals(
                new LinkCheckOptions(
                        true,
                        true,
                        false,
                        true,
                        false,
                        List.of("index.html"),
                        List.of(),
                        true,
                        false),
                defaults);
        assertEquals(defaults, defaults.toBuilder().build());
    }
}
