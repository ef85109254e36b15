package com.sparkfabrik.handbook.pipeline;

import com.sparkfabrik.handbook.check.ContentIndex;
import com.sparkfabrik.handbook.check.ContentLinkCheck;
import com.sparkfabrik.handbook.check.DriftCheck;
import com.sparkfabrik.handbook.check.FactChecks;
import com.sparkfabrik.handbook.content.Expansion;
import com.sparkfabrik.handbook.content.FactMarkup;
import com.sparkfabrik.handbook.content.RenderedPage;
import com.sparkfabrik.handbook.diag.Diagnostic;
import com.sparkfabrik.handbook.diag.Diagnostics;
import com.sparkfabrik.handbook.policy.Policy;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Check: every page's links, drift and fact markers against the index of all pages' anchors and
 * files, in parallel, then the site-wide fact checks. A page's check is reused while the page, the
 * render keys of what it uses and every answer the index gave it (the anchors of the pages it links
 * to, whether its files exist) are equal to now's; its drift check while the page and the values
 * looked for are. So a page edit checks again that page and the pages whose links read what it
 * changed, and a fact edit the pages that show the fact. The memo hands back the last run's index
 * while the index is equal to it by value, so a page checked against that very index needs no look
 * at its answers. In a run that keeps every page (an edit of pages already there), a page whose
 * rendering is the very one the last run had at its place takes that run's result without a look at
 * its slot: the work of a page edit is that page's.
 */
final class CheckStage {

    /** Each page's diagnostics, in page order, and the site-wide ones. */
    record Checked(List<List<Diagnostic>> pages, List<Diagnostic> site) {}

    /** The last run's renderings and what each page's check found, position by position. */
    private record Run(
            List<RenderStage.Rendered> rendered,
            List<String> assets,
            ContentIndex index,
            Object needles,
            PolicyStage.Facts facts,
            List<List<Diagnostic>> perPage) {}

    private static final Object RUN = Memo.slot("check", "last run");

    private CheckStage() {}

    static Checked run(
            Memo memo,
            PolicyStage.Facts facts,
            List<RenderStage.Rendered> rendered,
            List<String> assets) {
        List<RenderedPage> pages = rendered.stream().map(RenderStage.Rendered::page).toList();
        Run last = memo.lastRun(RUN, Run.class);
        // while equal to the last run's, the last run's instance: a page checked against it needs
        // no look at what its links read
        ContentIndex index =
                last != null
                                && last.assets().equals(assets)
                                && sameAnchors(last.rendered(), rendered)
                        ? last.index()
                        : memo.get("index", new ContentIndex(anchors(rendered), assets), k -> k);
        Policy policy = facts.policy();
        DriftCheck drift = memo.get("drift", facts.key(), k -> new DriftCheck(policy));
        // one instance while equal, so each page's key compares at once
        Object needles = memo.get("drift needles", drift.key(), k -> k);
        PageCheck checks =
                new PageCheck(
                        memo,
                        index,
                        drift,
                        needles,
                        policy,
                        new ContentLinkCheck(),
                        new FactChecks(),
                        new FactMarkup(policy));
        // a page whose rendering is the very one the last run had at its place, checked against
        // the very index and policy, is checked as then
        boolean aligned =
                last != null
                        && last.index() == index
                        && last.needles() == needles
                        && last.facts() == facts
                        && last.rendered().size() == rendered.size();
        List<List<Diagnostic>> perPage =
                IntStream.range(0, rendered.size())
                        .parallel()
                        .mapToObj(
                                i ->
                                        aligned && last.rendered().get(i) == rendered.get(i)
                                                ? last.perPage().get(i)
                                                : checks.check(rendered.get(i)))
                        .toList();
        memo.put(RUN, rendered, new Run(rendered, assets, index, needles, facts, perPage));
        Diagnostics all = new Diagnostics();
        // the last run's set while every page's uses are equal to then: the very lists but the
        // edited pages'
        Set<String> used =
                memo.get(
                        "used facts",
                        pages.stream().map(RenderedPage::uses).toList(),
                        CheckStage::ids);
        boolean usesKnown = pages.stream().allMatch(RenderedPage::usesComplete);
        checks.facts().check(policy, used, usesKnown, index, all);
        return new Checked(perPage, all.all());
    }

    private static Map<String, Set<String>> anchors(List<RenderStage.Rendered> rendered) {
        Map<String, Set<String>> anchors = new HashMap<>();
        rendered.forEach(r -> anchors.put(r.page().source().id(), r.anchors()));
        return anchors;
    }

    /**
     * Whether the pages' anchors are the last run's: each page is the very rendering the last run
     * had at its place, or has the same id and anchors.
     */
    private static boolean sameAnchors(
            List<RenderStage.Rendered> last, List<RenderStage.Rendered> rendered) {
        if (last.size() != rendered.size()) {
            return false;
        }
        for (int i = 0; i < rendered.size(); i++) {
            RenderStage.Rendered was = last.get(i);
            RenderStage.Rendered now = rendered.get(i);
            if (was != now
                    && !(was.page().source().id().equals(now.page().source().id())
                            && was.anchors().equals(now.anchors()))) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> ids(List<List<Expansion.FactUse>> uses) {
        Set<String> ids = new HashSet<>();
        for (List<Expansion.FactUse> page : uses) {
            page.forEach(use -> ids.add(use.id()));
        }
        return ids;
    }
}
