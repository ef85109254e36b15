package com.sparkfabrik.handbook.pipeline;

import com.sparkfabrik.handbook.check.ContentIndex;
import com.sparkfabrik.handbook.check.ContentLinkCheck;
import com.sparkfabrik.handbook.check.DriftCheck;
import com.sparkfabrik.handbook.check.FactChecks;
import com.sparkfabrik.handbook.content.FactMarkup;
import com.sparkfabrik.handbook.content.PageSource;
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

/**
 * Check: every page's links, drift and fact markers against the index of all pages' anchors and
 * files, in parallel, then the site-wide fact checks. A page's check is reused while the page, the
 * render keys of what it uses and every answer the index gave it (the anchors of the pages it links
 * to, whether its files exist) are equal to now's; its drift check while the page and the values
 * looked for are. So a page edit checks again that page and the pages whose links read what it
 * changed, and a fact edit the pages that show the fact. The memo hands back the last run's index
 * while the index is equal to it by value, so a page checked against that very index needs no look
 * at its answers.
 */
final class CheckStage {

    /** A page's link and fact checks, and what they read. */
    private record Links(
            RenderedPage page,
            Map<String, String> used,
            ContentIndex index,
            ContentIndex.Reads reads,
            List<Diagnostic> links,
            List<Diagnostic> facts) {}

    private record DriftInput(PageSource page, Object needles) {}

    /** Each page's diagnostics, in page order, and the site-wide ones. */
    record Checked(List<List<Diagnostic>> pages, List<Diagnostic> site) {}

    private CheckStage() {}

    static Checked run(
            Memo memo,
            PolicyStage.Facts facts,
            List<RenderStage.Rendered> rendered,
            List<String> assets) {
        List<RenderedPage> pages = rendered.stream().map(RenderStage.Rendered::page).toList();
        Map<String, Set<String>> anchors = new HashMap<>();
        rendered.forEach(r -> anchors.put(r.page().source().id(), r.anchors()));
        // while equal to the last run's, the last run's instance: a page checked against it needs
        // no look at what its links read
        ContentIndex index = memo.get("index", new ContentIndex(anchors, assets), k -> k);
        Policy policy = facts.policy();
        DriftCheck drift = memo.get("drift", facts.key(), k -> new DriftCheck(policy));
        // one instance while equal, so each page's key compares at once
        Object needles = memo.get("drift needles", drift.key(), k -> k);
        ContentLinkCheck links = new ContentLinkCheck();
        FactChecks factChecks = new FactChecks();
        FactMarkup html = new FactMarkup(policy);
        List<List<Diagnostic>> perPage =
                rendered.parallelStream()
                        .map(
                                r -> {
                                    RenderedPage page = r.page();
                                    String file = page.source().file();
                                    Links checked =
                                            memo.last(Memo.slot("check", file), Links.class);
                                    if (checked == null
                                            || !checked.page().equals(page)
                                            || !checked.used().equals(r.used())
                                            || checked.index() != index
                                                    && !index.answersAsBefore(checked.reads())) {
                                        Diagnostics l = new Diagnostics();
                                        ContentIndex.Reads reads = new ContentIndex.Reads();
                                        links.check(page, index.recording(reads), l);
                                        Diagnostics f = new Diagnostics();
                                        factChecks.checkPage(policy, html, page, f);
                                        checked =
                                                new Links(
                                                        page, r.used(), index, reads, l.all(),
                                                        f.all());
                                        memo.put(Memo.slot("check", file), page, checked);
                                    }
                                    List<Diagnostic> drifted =
                                            memo.get(
                                                    Memo.slot("drift", file),
                                                    new DriftInput(page.source(), needles),
                                                    in -> {
                                                        Diagnostics d = new Diagnostics();
                                                        drift.check(page.source(), d);
                                                        return d.all();
                                                    });
                                    List<Diagnostic> all = new ArrayList<>(checked.links());
                                    all.addAll(drifted);
                                    all.addAll(checked.facts());
                                    return all;
                                })
                        .toList();
        Diagnostics all = new Diagnostics();
        Set<String> used = new HashSet<>();
        boolean usesKnown = true;
        for (RenderedPage page : pages) {
            page.uses().forEach(u -> used.add(u.id()));
            usesKnown &= page.usesComplete();
        }
        factChecks.check(policy, used, usesKnown, index, all);
        return new Checked(perPage, all.all());
    }
}
