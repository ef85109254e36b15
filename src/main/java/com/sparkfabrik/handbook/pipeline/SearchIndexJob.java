package com.sparkfabrik.handbook.pipeline;

import com.sparkfabrik.handbook.content.RenderedPage;
import com.sparkfabrik.handbook.render.GeneratedPages;
import com.sparkfabrik.handbook.render.OutputFiles;
import com.sparkfabrik.handbook.render.PageLayout;
import com.sparkfabrik.handbook.render.SiteLayout;
import java.util.List;

/**
 * What makes the search index of one run's pages, later if need be: each page's search entry,
 * reused while the page and the site it reads are equal, then the index files.
 */
record SearchIndexJob(
        Memo memo,
        PolicyStage.Site site,
        SiteLayout layout,
        List<RenderedPage> pages,
        List<PageLayout.SearchEntry> generated) {

    /** The quick key of a page's search entry: the page and what of the site it reads. */
    private record Quick(RenderedPage page, Object site) {}

    private record SearchKey(
            List<PageLayout.SearchEntry> generated, List<PageLayout.SearchEntry> pages) {}

    void addTo(OutputFiles files) {
        List<PageLayout.SearchEntry> search =
                pages.parallelStream()
                        .map(
                                page ->
                                        memo.get(
                                                Memo.slot("search", page.source().file()),
                                                new Quick(page, site.key()),
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
}
