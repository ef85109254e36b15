package com.sparkfabrik.handbook.pipeline;

import com.sparkfabrik.handbook.content.RenderedPage;
import com.sparkfabrik.handbook.render.FileBlock;
import com.sparkfabrik.handbook.render.GeneratedPages;
import com.sparkfabrik.handbook.render.OutputFiles;
import com.sparkfabrik.handbook.render.PageLayout;
import com.sparkfabrik.handbook.render.SiteLayout;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Layout: every page in the site's layout ({@link PageLayouts}: a fact edit lays out again only the
 * pages that show something of it, and puts the site's new revision into the footer of the others),
 * in parallel, then the generated pages, the sitemap and the search index. In a run that keeps
 * every page, a page that is the very one the last run had at its place, in the same navigation,
 * site and revision, is taken as then laid out without a look at its slot; while serving, the
 * pages' files are claimed as one block, which takes the last run's index of paths.
 */
final class LayoutStage {

    /**
     * The last run's pages, laid out with that navigation, site and revision, page by page, and
     * while serving the block of their files.
     */
    private record Run(
            List<RenderedPage> pages,
            SiteNavigation nav,
            Object site,
            String revision,
            List<PageLayouts.Placed> laidOut,
            FileBlock files) {}

    /** What the site's own pages are made from. */
    private record GeneratedKey(String site, String navigation, Set<String> replaced) {}

    private static final Object RUN = Memo.slot("layout", "last run");

    private LayoutStage() {}

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
        Run last = memo.lastRun(RUN, Run.class);
        SiteNavigation nav =
                last == null
                        ? SiteNavigation.of(memo, pages)
                        : SiteNavigation.of(memo, pages, last.pages(), last.nav());
        String navigationKey = nav.digest();
        SiteLayout layout = new SiteLayout(site.policy(), nav.navigation(), site.info());
        // one instance while equal, so each page's key compares at once
        Object siteKey = memo.get("layout site", layout.key(), k -> k);
        String revision = layout.revision();
        // a page that is the very one the last run had at its place, in the same navigation, site
        // and revision, is laid out as then
        boolean aligned =
                last != null
                        && last.nav().digest().equals(navigationKey)
                        && last.site() == siteKey
                        && last.revision().equals(revision)
                        && last.pages().size() == pages.size();
        if (memo.keeps()) {
            List<PageLayouts.Placed> laidOut =
                    IntStream.range(0, pages.size())
                            .parallel()
                            .mapToObj(
                                    i ->
                                            aligned && last.pages().get(i) == pages.get(i)
                                                    ? last.laidOut().get(i)
                                                    : PageLayouts.place(
                                                            memo,
                                                            layout,
                                                            pages.get(i),
                                                            navigationKey,
                                                            siteKey,
                                                            revision))
                            .toList();
            // the pages' files are claimed as one block, which an edit of a page claims again
            // at no cost per page
            FileBlock pageFiles = pageFiles(last, laidOut);
            files.add(pageFiles);
            memo.put(RUN, pages, new Run(pages, nav, siteKey, revision, laidOut, pageFiles));
        } else {
            // a one-off build hands each page on as it is laid out, and keeps none
            pages.parallelStream()
                    .forEach(
                            page ->
                                    add(
                                            PageLayouts.place(
                                                    memo,
                                                    layout,
                                                    page,
                                                    navigationKey,
                                                    siteKey,
                                                    revision),
                                            files,
                                            published,
                                            () -> layout.input(page)));
        }
        // the site's own pages where the content has none, made again when the policy, the
        // navigation or the pages the content has instead change
        Set<String> replaced =
                GeneratedPages.REPLACEABLE.stream()
                        .filter(files::contains)
                        .collect(Collectors.toSet());
        GeneratedPages.Made made =
                memo.get(
                        "generated",
                        new GeneratedKey(site.key(), navigationKey, replaced),
                        k -> layout.generated().pages(replaced::contains));
        made.addTo(files);
        List<PageLayout.SearchEntry> generated = made.search();
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

    /**
     * The pages' files: the last run's path and content at each place whose page is laid out as
     * then, and the last run's index of paths while they are the same.
     */
    private static FileBlock pageFiles(Run last, List<PageLayouts.Placed> laidOut) {
        String[] paths = new String[laidOut.size()];
        @SuppressWarnings("unchecked")
        Supplier<byte[]>[] contents = new Supplier[laidOut.size()];
        FileBlock before = last == null ? null : last.files();
        boolean aligned = before != null && last.laidOut().size() == laidOut.size();
        for (int i = 0; i < paths.length; i++) {
            if (aligned && laidOut.get(i) == last.laidOut().get(i)) {
                paths[i] = before.pathAt(i);
                contents[i] = before.contentAt(i);
            } else {
                paths[i] = laidOut.get(i).path();
                contents[i] = laidOut.get(i).laidOut().html();
            }
        }
        return FileBlock.of(Arrays.asList(paths), Arrays.asList(contents), before);
    }

    /**
     * Adds a page laid out to the files and, with {@code published}, to the published site, which
     * may ask for its HTML again with positions.
     */
    private static void add(
            PageLayouts.Placed placed,
            OutputFiles files,
            PublishedSite published,
            Supplier<PageLayout.Input> input) {
        PageLayouts.LaidOut laid = placed.laidOut();
        if (published != null) {
            // what makes the page again holds its inputs, not the page: the published site keeps
            // it for every page
            String revision = laid.revision();
            published.page(
                    placed.path(),
                    laid.html().get(),
                    () -> text(PageLayout.html(input.get(), revision)));
        }
        files.add(placed.path(), laid.html());
    }

    private static String text(byte[] html) {
        return new String(html, StandardCharsets.UTF_8);
    }
}
