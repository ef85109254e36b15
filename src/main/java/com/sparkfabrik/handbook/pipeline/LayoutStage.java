package com.sparkfabrik.handbook.pipeline;

import com.sparkfabrik.handbook.check.ScannedPage;
import com.sparkfabrik.handbook.content.RenderedPage;
import com.sparkfabrik.handbook.render.GeneratedPages;
import com.sparkfabrik.handbook.render.Navigation;
import com.sparkfabrik.handbook.render.OutputFiles;
import com.sparkfabrik.handbook.render.PageLayout;
import com.sparkfabrik.handbook.render.SiteLayout;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Layout: every page in the site's layout and its search entry, in parallel, each reused while its
 * input record is equal to the one it was made from; then the generated pages and the search index.
 */
final class LayoutStage {

    /** What the navigation shows of a page: enough to tell when it must be made again. */
    private record NavigationEntry(String id, String title, int weight) {}

    /** A page laid out, with its links and anchors when the site's links are checked. */
    private record LaidOut(byte[] html, ScannedPage links) {}

    private LayoutStage() {}

    /**
     * Lays out the pages into {@code files}; with {@code published}, also scans each page's links
     * and anchors for the last check.
     */
    static void run(
            Memo memo,
            PolicyStage.Site site,
            List<RenderedPage> pages,
            OutputFiles files,
            PublishedSite published) {
        List<NavigationEntry> entries =
                pages.stream()
                        .map(RenderedPage::source)
                        .map(p -> new NavigationEntry(p.id(), p.title(), p.weight()))
                        .toList();
        Navigation navigation =
                memo.get(
                        "navigation",
                        entries,
                        k -> new Navigation(pages.stream().map(RenderedPage::source).toList()));
        SiteLayout layout = new SiteLayout(site.policy(), navigation, site.info());
        pages.parallelStream()
                .forEach(
                        page -> {
                            String path = page.source().outputPath();
                            LaidOut laidOut =
                                    memo.get(
                                            "layout " + page.source().file(),
                                            layout.input(page),
                                            in -> layOut(path, in, published != null));
                            if (published != null) {
                                published.page(
                                        path,
                                        laidOut.links(),
                                        () -> text(PageLayout.html(layout.input(page))));
                            }
                            files.add(path, laidOut.html());
                        });
        List<PageLayout.SearchEntry> search =
                pages.parallelStream()
                        .map(
                                page ->
                                        memo.get(
                                                "search " + page.source().file(),
                                                layout.searchInput(page),
                                                PageLayout::search))
                        .toList();
        List<PageLayout.SearchEntry> generated = layout.generated().addPages(files, pages);
        Map<String, String> index =
                memo.get(
                        "search index",
                        new SearchKey(generated, search),
                        k -> GeneratedPages.searchFiles(k.generated(), k.pages()));
        index.forEach(files::add);
        layout.generated().addBuiltIns(files);
    }

    private static LaidOut layOut(String path, PageLayout.Input input, boolean scan) {
        byte[] html = PageLayout.html(input);
        return new LaidOut(html, scan ? PublishedSite.scan(path, html) : null);
    }

    private static String text(byte[] html) {
        return new String(html, StandardCharsets.UTF_8);
    }

    private record SearchKey(
            List<PageLayout.SearchEntry> generated, List<PageLayout.SearchEntry> pages) {}
}
