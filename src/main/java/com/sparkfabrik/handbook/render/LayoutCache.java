package com.sparkfabrik.handbook.render;

import com.sparkfabrik.handbook.content.RenderedPage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What the last layout of the site was made from, so the dev server re-lays out only the pages
 * whose body, navigation, site footer or review dates changed, and re-makes the navigation, the
 * sitemap and the search index only when what they list changed. A build without a cache passes a
 * fresh one; the output is the same either way.
 */
public final class LayoutCache {

    record Entry(
            RenderedPage page,
            Object policy,
            long navigation,
            PageContext site,
            PageRenderer.ReviewDates dates,
            byte[] html,
            List<SearchIndex.Section> searchEntry) {}

    final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private long navigationKey;
    private Navigation navigation;
    private String sitemapFor;
    private byte[] sitemap;
    private Map<String, String> searchIndex;
    private Map<String, List<SearchIndex.Section>> generatedSearch;

    /** The navigation of these pages, re-made only when a page's id, title or weight changed. */
    Navigation navigation(List<RenderedPage> pages) {
        long key = 17;
        for (RenderedPage page : pages) {
            key = key * 31 + page.source().id().hashCode();
            key = key * 31 + page.source().title().hashCode();
            key = key * 31 + page.source().weight();
        }
        if (navigation == null || key != navigationKey) {
            navigation = new Navigation(pages.stream().map(RenderedPage::source).toList());
            navigationKey = key;
        }
        return navigation;
    }

    byte[] sitemap(Navigation forNavigation, Supplier<String> render, String baseUrl) {
        String key = forNavigation.version() + " " + baseUrl;
        if (sitemap == null || !key.equals(sitemapFor)) {
            sitemap = render.get().getBytes(StandardCharsets.UTF_8);
            sitemapFor = key;
        }
        return sitemap;
    }

    /** Whether the searchable generated pages differ from the last layout's. */
    boolean generatedSearchChanged(Map<String, List<SearchIndex.Section>> now) {
        boolean changed = !now.equals(generatedSearch);
        generatedSearch = now;
        return changed;
    }

    Map<String, String> searchIndex(boolean changed, Supplier<Map<String, String>> render) {
        if (searchIndex == null || changed) {
            searchIndex = render.get();
        }
        return searchIndex;
    }
}
