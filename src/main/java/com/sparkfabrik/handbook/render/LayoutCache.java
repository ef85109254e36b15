package com.sparkfabrik.handbook.render;

import com.sparkfabrik.handbook.content.RenderedPage;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the last layout of each page was made from, so the dev server re-lays out only the pages
 * whose body, navigation, site footer or review dates changed. A build without a cache passes a
 * fresh one; the output is the same either way.
 */
public final class LayoutCache {

    record Entry(RenderedPage page, long navigation, SiteInfo site, SiteRenderer.ReviewDates dates, byte[] html,
            String searchEntry) {
    }

    final Map<String, Entry> entries = new ConcurrentHashMap<>();
}
