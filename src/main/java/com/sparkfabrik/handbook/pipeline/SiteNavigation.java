package com.sparkfabrik.handbook.pipeline;

import com.sparkfabrik.handbook.content.PageSource;
import com.sparkfabrik.handbook.content.RenderedPage;
import com.sparkfabrik.handbook.render.Navigation;
import java.util.ArrayList;
import java.util.List;

/**
 * The pages' navigation, and a digest of what it was made from: made again only when what it shows
 * of a page (its id, title and weight) changed.
 */
record SiteNavigation(Navigation navigation, String digest) {

    /** What of a page the navigation shows. */
    private record Entry(String id, String title, int weight) {}

    /** The navigation of {@code pages}, the memo's while what it shows of each page is equal. */
    static SiteNavigation of(Memo memo, List<RenderedPage> pages) {
        List<Entry> entries = new ArrayList<>(pages.size());
        for (RenderedPage page : pages) {
            entries.add(entry(page));
        }
        return memo.get(
                "navigation",
                entries,
                k ->
                        new SiteNavigation(
                                new Navigation(pages.stream().map(RenderedPage::source).toList()),
                                digest(k)));
    }

    /**
     * The navigation of {@code pages}, given the last run's pages and navigation: that one while
     * each page is the very one the last run had at its place or shows the same in it.
     */
    static SiteNavigation of(
            Memo memo,
            List<RenderedPage> pages,
            List<RenderedPage> lastPages,
            SiteNavigation last) {
        return Places.alike(lastPages, pages, (was, now) -> entry(was).equals(entry(now)))
                ? last
                : of(memo, pages);
    }

    private static Entry entry(RenderedPage page) {
        PageSource source = page.source();
        return new Entry(source.id(), source.title(), source.weight());
    }

    private static String digest(List<Entry> entries) {
        Digest digest = new Digest();
        for (Entry entry : entries) {
            digest.add(entry.id()).add(entry.title()).add(Integer.toString(entry.weight()));
        }
        return digest.hex();
    }
}
