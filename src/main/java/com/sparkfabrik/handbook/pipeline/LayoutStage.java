package com.sparkfabrik.handbook.pipeline;

import com.sparkfabrik.handbook.content.PageSource;
import com.sparkfabrik.handbook.content.RenderedPage;
import com.sparkfabrik.handbook.render.GeneratedPages;
import com.sparkfabrik.handbook.render.Navigation;
import com.sparkfabrik.handbook.render.OutputFiles;
import com.sparkfabrik.handbook.render.PageLayout;
import com.sparkfabrik.handbook.render.ShownPage;
import com.sparkfabrik.handbook.render.SiteLayout;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Layout: every page in the site's layout and its search entry, in parallel, then the generated
 * pages, the sitemap and the search index. A page's layout is reused while the page, the navigation
 * (by digest) and what else of the site it reads are equal, or else while the full record of what
 * its layout reads is: a fact edit lays out again only the pages that show something of it, and
 * puts the site's new revision into the footer of the others.
 */
final class LayoutStage {

    /**
     * The quick key of a page's layout or search entry: the page, the navigation (by digest) and
     * what else of the site the layout reads, but the revision.
     */
    private record Quick(RenderedPage page, String navigation, Object site) {}

    /**
     * A page laid out from {@code input} but for its revision (none in a one-off build), and the
     * page as shown with {@code revision} (made when first asked for, while serving).
     */
    private record LaidOut(
            PageLayout.Input input, PageLayout.Laid laid, String revision, ShownPage html) {}

    /** The pages' navigation, and a digest of what it was made from. */
    private record Nav(Navigation navigation, String digest) {}

    /** What of a page the navigation shows. */
    private record NavEntry(String id, String title, int weight) {}

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
        List<NavEntry> entries = new ArrayList<>(pages.size());
        for (RenderedPage page : pages) {
            PageSource source = page.source();
            entries.add(new NavEntry(source.id(), source.title(), source.weight()));
        }
        Nav nav =
                memo.get(
                        "navigation",
                        entries,
                        k ->
                                new Nav(
                                        new Navigation(
                                                pages.stream().map(RenderedPage::source).toList()),
                                        digest(k)));
        String navigationKey = nav.digest();
        SiteLayout layout = new SiteLayout(site.policy(), nav.navigation(), site.info());
        // one instance while equal, so each page's key compares at once
        Object siteKey = memo.get("layout site", layout.key(), k -> k);
        String revision = layout.revision();
        pages.parallelStream()
                .forEach(
                        page -> {
                            String path = page.source().outputPath();
                            Object slot = Memo.slot("layout", page.source().file());
                            LaidOut laidOut =
                                    memo.get(
                                            slot,
                                            new Quick(page, navigationKey, siteKey),
                                            quick -> layout.input(quick.page()),
                                            input -> layOut(memo, slot, input, revision));
                            if (!laidOut.revision().equals(revision)) {
                                laidOut = fill(memo, slot, laidOut, layout, page, revision);
                            }
                            if (published != null) {
                                published.page(
                                        path,
                                        laidOut.html().get(),
                                        () -> text(PageLayout.html(layout.input(page), revision)));
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
                                                Memo.slot("search", page.source().file()),
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

    /**
     * The page laid out; while serving, a page whose input changed only in its HTML (a fact edit)
     * takes its new body into the layout it had.
     */
    private static LaidOut layOut(Memo memo, Object slot, PageLayout.Input input, String revision) {
        if (!memo.keeps()) {
            // a one-off build never shows another revision: no parts to keep, no copy to fill
            return new LaidOut(
                    null, null, revision, ShownPage.of(PageLayout.html(input, revision)));
        }
        LaidOut old = memo.last(slot, LaidOut.class);
        PageLayout.Laid laid =
                old != null && old.input().sameFrame(input) ? old.laid().withBody(input) : null;
        if (laid == null) {
            laid = PageLayout.layOut(input, revision);
        }
        return new LaidOut(input, laid, revision, laid.showing(revision));
    }

    /** The page laid out before, showing the new {@code revision} (laid out again if need be). */
    private static LaidOut fill(
            Memo memo,
            Object slot,
            LaidOut old,
            SiteLayout layout,
            RenderedPage page,
            String revision) {
        ShownPage html = old.laid().showing(revision);
        LaidOut now =
                html != null
                        ? new LaidOut(old.input(), old.laid(), revision, html)
                        : layOut(memo, slot, layout.input(page), revision);
        memo.replace(slot, now);
        return now;
    }

    private static String digest(List<NavEntry> entries) {
        Digest digest = new Digest();
        for (NavEntry entry : entries) {
            digest.add(entry.id()).add(entry.title()).add(Integer.toString(entry.weight()));
        }
        return digest.hex();
    }

    private static String text(byte[] html) {
        return new String(html, StandardCharsets.UTF_8);
    }

    private record SearchKey(
            List<PageLayout.SearchEntry> generated, List<PageLayout.SearchEntry> pages) {}
}
