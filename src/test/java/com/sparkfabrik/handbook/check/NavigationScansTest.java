package com.sparkfabrik.handbook.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A page scanned with its navigation parsed once per folder reads exactly as a whole scan. */
class NavigationScansTest {

    private static final LinkCheckOptions OPTIONS = LinkCheckOptions.defaults();

    @Test
    void everyPageOfTheGoldenSiteScansAsAWhole() throws IOException {
        NavigationScans scans = new NavigationScans(OPTIONS);
        for (Path page : goldenPages()) {
            String path = GOLDEN.relativize(page).toString();
            String html = Files.readString(page);
            assertEquals(LinkChecker.scan(path, html, OPTIONS), scans.scan(path, html), path);
        }
    }

    @Test
    void pagesOfAFolderShareTheirNavigationsLinks() {
        NavigationScans scans = new NavigationScans(OPTIONS);
        ScannedPage first = scans.scan("a/one.html", page("one"));
        ScannedPage second = scans.scan("a/two.html", page("two"));
        assertEquals(LinkChecker.scan("a/two.html", page("two"), OPTIONS), second);
        // the link to the first page of the navigation: one object for both pages
        assertSame(first.links().get(1), second.links().get(1));
    }

    @Test
    void randomPagesScanAsAWhole() {
        List<String> parts =
                List.of(
                        "<nav>",
                        "</nav>",
                        "<NAV aria-label=\"x\">",
                        "<a href=\"p.html\">p</a>",
                        "<a href=\"q.html\" aria-current=\"page\">q</a>",
                        "<a id=\"i\">",
                        "<a>",
                        "<a name=\"n\"></a>",
                        "<pre>",
                        "</pre>",
                        "<code>",
                        "</code>",
                        "<script>",
                        "</script>",
                        "<!--",
                        "-->",
                        "<base href=\"sub/\">",
                        "<img src=\"i.png\" usemap=\"#m\">",
                        "<map name=\"m\">",
                        "<title>",
                        "</title>",
                        "<li id=\"l\">",
                        "text ",
                        "<textarea>",
                        "</textarea>",
                        "<svg>",
                        "</svg>");
        Random random = new Random(11);
        for (int round = 0; round < 3000; round++) {
            NavigationScans scans = new NavigationScans(OPTIONS);
            for (int n = 0; n < 3; n++) {
                StringBuilder html = new StringBuilder("<!DOCTYPE html><body>");
                for (int i = random.nextInt(14); i >= 0; i--) {
                    html.append(parts.get(random.nextInt(parts.size())));
                }
                String page = html.toString();
                assertEquals(
                        LinkChecker.scan("p.html", page, OPTIONS),
                        scans.scan("p.html", page),
                        page);
            }
        }
    }

    static final Path GOLDEN = Path.of("src/test/resources/golden/full");

    /** Every page of the golden site, in order. */
    static List<Path> goldenPages() throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Files.walk(GOLDEN)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertFalse(pages.isEmpty());
        return pages;
    }

    private static String page(String current) {
        return "<!DOCTYPE html><html><head><title>"
                + current
                + "</title><link rel=\"stylesheet\" href=\"../s.css\"></head><body>"
                + "<nav aria-label=\"Pages\"><ul>"
                + item("one", current)
                + item("two", current)
                + "</ul></nav><main><h2 id=\"h\">"
                + current
                + "</h2><a href=\"#h\">#</a></main></body></html>";
    }

    private static String item(String page, String current) {
        return "<li><a href=\""
                + page
                + ".html\""
                + (page.equals(current) ? " aria-current=\"page\"" : "")
                + ">"
                + page
                + "</a></li>";
    }
}
