package com.sparkfabrik.handbook.pipeline;

import com.sparkfabrik.handbook.check.ScannedPage;
import com.sparkfabrik.handbook.content.PageSource;
import com.sparkfabrik.handbook.content.RenderedPage;
import com.sparkfabrik.handbook.render.GeneratedPages;
import com.sparkfabrik.handbook.render.Navigation;
import com.sparkfabrik.handbook.render.OutputFiles;
import com.sparkfabrik.handbook.render.PageLayout;
import com.sparkfabrik.handbook.render.SiteLayout;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Layout: every page in the site's layout and its search entry, in parallel, then the generated
 * pages, the sitemap and the search index. A page's layout is reused while the page, the navigation
 * and the policy are equal (by value and digests), or else while the full record of what its layout
 * reads is: a fact edit lays out again only the pages that show something of it.
 */
final class LayoutStage {

    /** The quick key of a page's layout or search entry: the page, the navigation, the policy. */
    private record Quick(RenderedPage page, String navigation, String policy) {}

    /** A page laid out, with its links and anchors when the site's links are checked. */
    private record LaidOut(byte[] html, ScannedPage links) {}

    private LayoutStage() {}

    /** What makes the search index of one run's pages, later if need be. */
    record SearchIndexJob(
            Memo memo,
            PolicyStage.Site site,
            SiteLayout layout,
            List<RenderedPage> pages,
            List<PageLayout.SearchEntry> generated) {

        void addTo(OutputFiles files) {
            addSearchIndex(memo, site, layout, pages, generated, files);
        }
    }

    /**
     * Lays out the pages into {@code files}; with {@code published}, also scans each page's links
     * and anchors for the last check. The search index is added too with {@code searchIndex};
     * either way the returned job can make it.
     */
    static SearchIndexJob run(
            Memo memo,
            PolicyStage.Site site,
            List<RenderedPage> pages,
            OutputFiles files,
            PublishedSite published,
            boolean searchIndex) {
        Digest digest = new Digest();
        for (RenderedPage page : pages) {
            PageSource source = page.source();
            digest.add(source.id()).add(source.title()).add(Integer.toString(source.weight()));
        }
        String navigationKey = digest.hex();
        Navigation navigation =
                memo.get(
                        "navigation",
                        navigationKey,
                        k -> new Navigation(pages.stream().map(RenderedPage::source).toList()));
        SiteLayout layout = new SiteLayout(site.policy(), navigation, site.info());
        boolean scan = published != null;
        pages.parallelStream()
                .forEach(
                        page -> {
                            String path = page.source().outputPath();
                            LaidOut laidOut =
                                    memo.get(
                                            "layout " + page.source().file(),
                                            new Quick(page, navigationKey, site.key()),
                                            quick -> layout.input(quick.page()),
                                            input -> layOut(path, input, scan));
                            if (scan) {
                                published.page(
                                        path,
                                        laidOut.links(),
                                        () -> text(PageLayout.html(layout.input(page))));
                            }
                            files.add(path, laidOut.html());
                        });
        List<PageLayout.SearchEntry> generated = layout.generated().addPages(files);
        String sitemap =
                memo.get("sitemap", navigationKey, k -> GeneratedPages.sitemap(pages, site.info()));
        if (sitemap != null) {
            files.add(GeneratedPages.SITEMAP, sitemap);
        }
        SearchIndexJob job = new SearchIndexJob(memo, site, layout, pages, generated);
        if (searchIndex) {
            job.addTo(files);
        }
        layout.generated().addBuiltIns(files);
        return job;
    }

    private static void addSearchIndex(
            Memo memo,
            PolicyStage.Site site,
            SiteLayout layout,
            List<RenderedPage> pages,
            List<PageLayout.SearchEntry> generated,
            OutputFiles files) {
        List<PageLayout.SearchEntry> search =
                pages.parallelStream()
                        .map(
                                page ->
                                        memo.get(
                                                "search " + page.source().file(),
                                                new Quick(page, "", site.key()),
                                                quick -> layout.searchInput(quick.page()),
                                                PageLayout::search))
                        .toList();
        if (memo.keeps()) {
            memo.get(
                            "search index",
                            new SearchKey(generated, search),
                            k -> GeneratedPages.searchFiles(k.generated(), k.pages()))
                    .forEach(files::add);
        } else {
            // a one-off build writes each index file as it is made instead of holding them all
            GeneratedPages.addSearchFiles(generated, search, files);
        }
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
