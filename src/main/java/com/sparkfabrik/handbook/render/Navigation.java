package com.sparkfabrik.handbook.render;

import com.sparkfabrik.handbook.content.HtmlEscaper;
import com.sparkfabrik.handbook.content.PageSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The site navigation: the top-level pages, and for a page in a folder, the pages beside it; each
 * by weight, then title, then id, with links relative to the current page. A handbook of thousands
 * of pages thus gets a navigation of tens of links per page, not thousands.
 */
public final class Navigation {

    static final Comparator<PageSource> ORDER =
            Comparator.comparingInt(PageSource::weight)
                    .thenComparing(PageSource::title)
                    .thenComparing(PageSource::id);

    private final Map<String, List<PageSource>> byFolder = new LinkedHashMap<>();
    private final List<PageSource> readingOrder = new ArrayList<>();
    private final Map<String, Integer> positions = new HashMap<>();

    public Navigation(List<PageSource> pages) {
        List<PageSource> ordered = pages.stream().sorted(ORDER).toList();
        ordered.forEach(
                p -> byFolder.computeIfAbsent(folderOf(p.id()), k -> new ArrayList<>()).add(p));
        // folders in the order their first page comes, each after the top-level pages
        byFolder.values().forEach(readingOrder::addAll);
        for (int i = 0; i < readingOrder.size(); i++) {
            positions.put(readingOrder.get(i).id(), i);
        }
    }

    /** The pages at the top of the site, in navigation order. */
    List<PageSource> topLevel() {
        return byFolder.getOrDefault("", List.of());
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

    /**
     * The page before and after this one in reading order ({@code prev}, {@code next}: title and
     * href, or null at either end); empty for a page outside the navigation.
     */
    Map<String, Object> neighbours(PageSource current) {
        Map<String, Object> links = new HashMap<>();
        int at = positions.getOrDefault(current.id(), -1);
        links.put("prev", at > 0 ? link(current, readingOrder.get(at - 1)) : null);
        links.put(
                "next",
                at >= 0 && at + 1 < readingOrder.size()
                        ? link(current, readingOrder.get(at + 1))
                        : null);
        return links;
    }

    private static Map<String, Object> link(PageSource from, PageSource to) {
        return Map.of(
                "title", to.title(), "href", HtmlEscaper.relativeHref(from.id(), to.id(), null));
    }

    private static void addAll(
            List<Map<String, Object>> items, List<PageSource> pages, PageSource current) {
        for (PageSource page : pages) {
            items.add(
                    Map.of(
                            "title",
                            page.title(),
                            "href",
                            HtmlEscaper.relativeHref(current.id(), page.id(), null),
                            "current",
                            page.id().equals(current.id())));
        }
    }

    private static String folderOf(String id) {
        int slash = id.lastIndexOf('/');
        return slash < 0 ? "" : id.substring(0, slash);
    }
}
