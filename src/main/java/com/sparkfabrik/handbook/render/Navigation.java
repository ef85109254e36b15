package com.sparkfabrik.handbook.render;

import com.sparkfabrik.handbook.content.Html;
import com.sparkfabrik.handbook.content.PageSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The site navigation: the top-level pages, and for a page in a folder, the pages beside it; each
 * by weight, then title, then id, with links relative to the current page. A handbook of thousands
 * of pages thus gets a navigation of tens of links per page, not thousands.
 */
final class Navigation {

    static final Comparator<PageSource> ORDER =
            Comparator.comparingInt(PageSource::weight)
                    .thenComparing(PageSource::title)
                    .thenComparing(PageSource::id);

    private final Map<String, List<PageSource>> byFolder = new LinkedHashMap<>();
    private final long version;

    Navigation(List<PageSource> pages) {
        List<PageSource> ordered = pages.stream().sorted(ORDER).toList();
        ordered.forEach(
                p -> byFolder.computeIfAbsent(folderOf(p.id()), k -> new ArrayList<>()).add(p));
        long hash = 17;
        for (PageSource p : ordered) {
            hash = hash * 31 + p.id().hashCode();
            hash = hash * 31 + p.title().hashCode();
        }
        version = hash;
    }

    /** The pages at the top of the site, in navigation order. */
    List<PageSource> topLevel() {
        return byFolder.getOrDefault("", List.of());
    }

    /** Changes when a page is added, removed, renamed, retitled or reordered. */
    long version() {
        return version;
    }

    List<Map<String, Object>> itemsFor(PageSource current) {
        List<Map<String, Object>> items = new ArrayList<>();
        addAll(items, byFolder.getOrDefault("", List.of()), current);
        String folder = folderOf(current.id());
        if (!folder.isEmpty()) {
            addAll(items, byFolder.getOrDefault(folder, List.of()), current);
        }
        return items;
    }

    private static void addAll(
            List<Map<String, Object>> items, List<PageSource> pages, PageSource current) {
        for (PageSource page : pages) {
            items.add(
                    Map.of(
                            "title",
                            page.title(),
                            "href",
                            Html.relativeHref(current.id(), page.id(), null),
                            "current",
                            page.id().equals(current.id())));
        }
    }

    private static String folderOf(String id) {
        int slash = id.lastIndexOf('/');
        return slash < 0 ? "" : id.substring(0, slash);
    }
}
