package com.sparkfabrik.handbook.render;

import com.sparkfabrik.handbook.content.HtmlEscaper;
import com.sparkfabrik.handbook.content.PageSource;
import com.sparkfabrik.handbook.content.RenderedPage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A page's {@code aliases}, its earlier URLs, become small pages that send the reader on to it: a
 * canonical link (absolute with a base URL) for search engines, a refresh for browsers, and a plain
 * link for everything else. Static hosting cannot answer with a server redirect.
 */
public final class Redirects {

    /** An alias that would replace a file of the site, reported by the caller. */
    public record Clash(PageSource page, String alias) {}

    /** Made for the first alias: most sites have none, and a layout engine costs a page's time. */
    private Layout layout;

    /** Adds a redirect page per alias; returns the aliases that name a file the site has. */
    public List<Clash> add(OutputFiles files, List<RenderedPage> pages, PageContext site) {
        List<Clash> clashes = new ArrayList<>();
        Map<String, String> t = InterfaceStrings.of(site.settings().language());
        for (RenderedPage rendered : pages) {
            PageSource page = rendered.source();
            for (String alias : page.aliases()) {
                if (files.contains(alias) || files.clashes(alias)) {
                    clashes.add(new Clash(page, alias));
                    continue;
                }
                String from = alias.substring(0, alias.length() - ".html".length());
                String target = HtmlEscaper.relativeHref(from, page.id(), null);
                Map<String, Object> context = new HashMap<>();
                context.put("language", site.settings().language());
                context.put("title", page.title());
                context.put("target", target);
                context.put(
                        "canonical",
                        site.baseUrl().isEmpty() ? target : site.baseFolder() + page.outputPath());
                context.put(
                        "moved",
                        t.get("moved")
                                .replace("{0}", HtmlEscaper.escape(target))
                                .replace("{1}", HtmlEscaper.escape(page.title())));
                if (layout == null) {
                    layout = new Layout();
                }
                files.add(
                        alias, layout.render("redirect", context).getBytes(StandardCharsets.UTF_8));
            }
        }
        return clashes;
    }
}
