package com.sparkfabrik.handbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sparkfabrik.handbook.content.PageSource;
import com.sparkfabrik.handbook.content.RenderedPage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** sitemap.xml for a site of three pages. */
class SitemapTest {

    private static RenderedPage page(String id) {
        return new RenderedPage(
                new PageSource(id, "content/" + id + ".md", id, 0, "", ""),
                "",
                List.of(),
                List.of(),
                List.of(),
                true,
                List.of());
    }

    private static final List<RenderedPage> PAGES =
            List.of(page("quota"), page("index"), page("guides/a&b"));

    @Test
    void pagesAreListedInPathOrderUnderTheBaseUrlWithATrailingSlashAdded() {
        assertEquals(
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url><loc>https://handbook.example/h/guides/a&amp;b.html</loc></url>
                  <url><loc>https://handbook.example/h/index.html</loc></url>
                  <url><loc>https://handbook.example/h/quota.html</loc></url>
                </urlset>
                """,
                Sitemap.render(PAGES, "https://handbook.example/h"));
    }

    @Test
    void withoutABaseUrlTheLocationsAreRelative() {
        assertEquals(
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url><loc>guides/a&amp;b.html</loc></url>
                  <url><loc>index.html</loc></url>
                  <url><loc>quota.html</loc></url>
                </urlset>
                """,
                Sitemap.render(PAGES, ""));
    }
}
