package com.sparkfabrik.handbook.pipeline;

import com.sparkfabrik.handbook.content.RenderedPage;
import com.sparkfabrik.handbook.render.PageLayout;
import com.sparkfabrik.handbook.render.ShownPage;
import com.sparkfabrik.handbook.render.SiteLayout;

/**
 * One page laid out through its memo slot: reused while the page, the navigation (by digest) and
 * what else of the site it reads are equal, or else while the full record of what its layout reads
 * is; a page whose layout is current but for the revision gets the new one in its footer.
 */
final class PageLayouts {

    /**
     * The quick key of a page's layout: the page, the navigation (by digest) and what else of the
     * site the layout reads, but the revision.
     */
    private record Quick(RenderedPage page, String navigation, Object site) {}

    /**
     * A page laid out from {@code input} but for its revision (none in a one-off build), and the
     * page as shown with {@code revision} (made when first asked for, while serving).
     */
    record LaidOut(PageLayout.Input input, PageLayout.Laid laid, String revision, ShownPage html) {}

    /** A page laid out, and its output path. */
    record Placed(String path, LaidOut laidOut) {}

    private PageLayouts() {}

    /** The page laid out, by its memo slot, at its output path. */
    static Placed place(
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
        return new Placed(page.source().outputPath(), laidOut);
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
}
