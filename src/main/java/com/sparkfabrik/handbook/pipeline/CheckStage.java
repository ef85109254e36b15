package com.sparkfabrik.handbook.pipeline;

import com.sparkfabrik.handbook.check.ContentIndex;
import com.sparkfabrik.handbook.check.ContentLinkCheck;
import com.sparkfabrik.handbook.check.DriftCheck;
import com.sparkfabrik.handbook.check.FactChecks;
import com.sparkfabrik.handbook.content.FactMarkup;
import com.sparkfabrik.handbook.content.RenderedPage;
import com.sparkfabrik.handbook.diag.Diagnostic;
import com.sparkfabrik.handbook.diag.Diagnostics;
import com.sparkfabrik.handbook.policy.Policy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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

    /** What rendering and checking the pages reported, and the site-wide checks. */
    record Checked(List<Diagnostic> pages, List<Diagnostic> site) {}

    /** The facts some page uses, and whether every page's uses are known. */
    private record Uses(Set<String> ids, boolean complete) {}

    /**
     * The last run's renderings and what each page's rendering and check reported, position by
     * position, and the positions that reported something.
     */
    private record Run(
            RenderStage.Rendering rendering,
            List<String> assets,
            ContentIndex index,
            Object needles,
            List<List<Diagnostic>> perPage,
            Set<Integer> reporting,
            Uses uses) {}

    private static final Object RUN = Memo.slot("check", "last run");

    private CheckStage() {}

    static Checked run(
            Memo memo,
            PolicyStage.Facts facts,
            RenderStage.Rendering rendering,
            List<String> assets) {
        List<RenderStage.Rendered> rendered = rendering.rendered();
        Run last = memo.lastRun(RUN, Run.class);
        // while equal to the last run's, the last run's instance: a page checked against it needs
        // no look at what its links read
        ContentIndex index =
                last != null
                                && last.assets().equals(assets)
                                && Places.alike(
                                        last.rendering().rendered(),
                                        rendered,
                                        (was, now) ->
                                                was.page()
                                                                .source()
                                                                .id()
                                                                .equals(now.page().source().id())
                                                        && was.anchors().equals(now.anchors()))
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
        // the very index and values looked for, is checked as then: its slot's key is the page,
        // the render keys of what it uses and the index's answers, which the rendering holds, and
        // the drift's is the page and those values (a fact edit checks again only the pages
        // rendered again)
        boolean aligned =
                last != null
                        && last.index() == index
                        && last.needles() == needles
                        && last.rendering().rendered().size() == rendered.size();
        List<List<Diagnostic>> perPage =
                IntStream.range(0, rendered.size())
                        .parallel()
                        .mapToObj(
                                i ->
                                        aligned
                                                        && last.rendering().rendered().get(i)
                                                                == rendered.get(i)
                                                ? last.perPage().get(i)
                                                : checks.check(rendered.get(i)))
                        .toList();
        Set<Integer> reporting = reporting(aligned ? last : null, perPage);
        Uses uses =
                last != null
                                && Places.alike(
                                        last.rendering().pages(),
                                        rendering.pages(),
                                        (was, now) ->
                                                was.uses().equals(now.uses())
                                                        && was.usesComplete() == now.usesComplete())
                        ? last.uses()
                        : uses(rendering.pages());
        memo.put(
                RUN,
                rendering,
                new Run(rendering, assets, index, needles, perPage, reporting, uses));
        List<Diagnostic> pages = new ArrayList<>();
        reporting.forEach(i -> pages.addAll(perPage.get(i)));
        Diagnostics site = new Diagnostics();
        checks.facts().check(policy, uses.ids(), uses.complete(), index, site);
        return new Checked(pages, site.all());
    }

    /**
     * The positions whose pages reported something: the last run's, but where a page's report is
     * not the very one of then.
     */
    private static Set<Integer> reporting(Run last, List<List<Diagnostic>> perPage) {
        Set<Integer> reporting = last == null ? new TreeSet<>() : new TreeSet<>(last.reporting());
        for (int i = 0; i < perPage.size(); i++) {
            if (last == null || perPage.get(i) != last.perPage().get(i)) {
                if (perPage.get(i).isEmpty()) {
                    reporting.remove(i);
                } else {
                    reporting.add(i);
                }
            }
        }
        return reporting;
    }

    private static Uses uses(List<RenderedPage> pages) {
        Set<String> ids = new HashSet<>();
        boolean complete = true;
        for (RenderedPage page : pages) {
            page.uses().forEach(use -> ids.add(use.id()));
            complete &= page.usesComplete();
        }
        return new Uses(ids, complete);
    }

    private static Map<String, Set<String>> anchors(List<RenderStage.Rendered> rendered) {
        Map<String, Set<String>> anchors = new HashMap<>();
        rendered.forEach(r -> anchors.put(r.page().source().id(), r.anchors()));
        return anchors;
    }
}
