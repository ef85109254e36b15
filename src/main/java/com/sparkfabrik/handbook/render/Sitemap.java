package com.sparkfabrik.handbook.render;

import com.sparkfabrik.handbook.content.HtmlEscaper;
import com.sparkfabrik.handbook.content.RenderedPage;
import java.util.List;

/**
 * sitemap.xml: one {@code <loc>} per page under the base URL. The site has one only with a base
 * URL, since the protocol requires absolute locations.
 */
final class Sitemap {

    private Sitemap() {}

    static String render(List<RenderedPage> pages, String baseUrl) {
        String base =
                baseUrl == null || baseUrl.isEmpty()
                        ? ""
                        : baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        StringBuilder out =
                new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                        .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        pages.stream()
                .map(p -> p.source().outputPath())
                .sorted()
                .forEach(
                        path ->
                                out.append("  <url><loc>")
                                        .append(HtmlEscaper.escape(base + path))
                                        .append("</loc></url>\n"));
        return out.append("</urlset>\n").toString();
    }
}
