package com.sparkfabrik.handbook.pipeline;

import com.sparkfabrik.handbook.content.RenderedPage;
import com.sparkfabrik.handbook.render.GeneratedPages;
import com.sparkfabrik.handbook.render.Navigation;
import com.sparkfabrik.handbook.render.OutputFiles;
import com.sparkfabrik.handbook.render.PageLayout;
import com.sparkfabrik.handbook.render.SiteLayout;
import java.util.List;
import java.util.Map;

/**
 * Layout: every page in the site's layout and its search entry, in parallel, each reused while its
 * input record is equal to the one it was made from; then the generated pages and the search index.
 */
final class LayoutStage {

    /** What the navigation shows of a page: enough to tell when it must be made again. */
    private record NavigationEntry(String id, String title, int weight) {}

    private LayoutStage() {}

    static OutputFiles run(Memo memo, PolicyStage.Site site, List<RenderedPage> pages) {
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
        List<byte[]> html =
                pages.parallelStream()
                        .map(
                                page ->
                                        memo.get(
                                                "layout " + page.source().file(),
                                                layout.input(page),
                                                PageLayout::html))
                        .toList();
        List<PageLayout.SearchEntry> search =
                pages.parallelStream()
                        .map(
                                page ->
                                        memo.get(
                                                "search " + page.source().file(),
                                                layout.searchInput(page),
                                                PageLayout::search))
                        .toList();
        OutputFiles files = new OutputFiles();
        for (int i = 0; i < pages.size(); i++) {
            files.add(pages.get(i).source().outputPath(), html.get(i));
        }
        List<PageLayout.SearchEntry> generated = layout.generated().addPages(files, pages);
        Map<String, String> index =
                memo.get(
                        "search index",
                        new SearchKey(generated, search),
                        k -> GeneratedPages.searchFiles(k.generated(), k.pages()));
        index.forEach(files::add);
        GeneratedPages.addBuiltIns(files);
        return files;
    }

    private record SearchKey(
            List<PageLayout.SearchEntry> generated, List<PageLayout.SearchEntry> pages) {}
}
