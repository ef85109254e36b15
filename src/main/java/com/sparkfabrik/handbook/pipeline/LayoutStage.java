package com.sparkfabrik.handbook.pipeline;

import com.sparkfabrik.handbook.content.RenderedPage;
import com.sparkfabrik.handbook.render.GeneratedPages;
import com.sparkfabrik.handbook.render.OutputFiles;
import com.sparkfabrik.handbook.render.PageLayout;
import com.sparkfabrik.handbook.render.ShownPage;
import com.sparkfabrik.handbook.render.SiteLayout;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Layout: every page in the site's layout and its search entry, in parallel, then the generated
 * pages, the sitemap and the search index. A page's layout is reused while the page, the navigation
 * (by digest) and what else of the site it reads are equal, or else while the full record of what
 * its layout reads is: a fact edit lays out again only the pages that show something of it, and
 * puts the site's new revision into the footer of the others. In a run that keeps every page, a
 * page that is the very one the last run had at its place, in the same navigation, site and
 * revision, is taken as then laid out without a look at its slot.
 */
final class LayoutStage {

    /**
     * The quick key of a page's layout: the page, the navigation (by digest) and what else of the
     * site the layout reads, but the revision.
     */
    private record Quick(RenderedPage page, String navigation, Object site) {}

    /**
     * A page laid out from {@code input} but for its revision (none in a one-off build), and the
     * page as shown with {@code revision} (made when first asked for, while serving).
     */
    private record LaidOut(
            PageLayout.Input input, PageLayout.Laid laid, String revision, ShownPage html) {}

    /** The last run's pages, laid out with that navigation, site and revision, page by page. */
    private record Run(
            List<RenderedPage> pages,
            SiteNavigation nav,
            Object site,
            String revision,
            List<Placed> laidOut) {}

    /** A page laid out, and its output path. */
    private record Placed(String path, LaidOut laidOut) {}

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
        List<Placed> laidOut =
                IntStream.range(0, pages.size())
                        .parallel()
                        .mapToObj(
                                i -> {
                                    RenderedPage page = pages.get(i);
                                    Placed placed =
                                            aligned && last.pages().get(i) == page
                                                    ? last.laidOut().get(i)
                                                    : new Placed(
                                                            page.source().outputPath(),
                                                            layOut(
                                                                    memo,
                                                                    layout,
                                                                    page,
                                                                    navigationKey,
                                                                    siteKey,
                                                                    revision));
                                    add(placed, files, published, () -> layout.input(page));
                                    return placed;
                                })
                        .toList();
        memo.put(RUN, pages, new Run(pages, nav, siteKey, revision, laidOut));
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

    /**
     * Adds a page laid out to the files and, with {@code published}, to the published site, which
     * may ask for its HTML again with positions.
     */
    private static void add(
            Placed placed,
            OutputFiles files,
            PublishedSite published,
            Supplier<PageLayout.Input> input) {
        LaidOut laid = placed.laidOut();
        if (published != null) {
            published.page(
                    placed.path(),
                    laid.html().get(),
                    () -> text(PageLayout.html(input.get(), laid.revision())));
        }
        files.add(placed.path(), laid.html());
    }

    /** The page laid out, by its memo slot. */
    private static LaidOut layOut(
            Memo memo,
            SiteLayout layout,
            RenderedPage page,
            String navigationKey,
            Object siteKey,
            String revision) {
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
        return laidOut;
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

    private static String text(byte[] html) {
        return new String(html, StandardCharsets.UTF_8);
    }
}
