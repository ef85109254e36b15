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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Check: every page's links, drift and fact markers against the index of all pages' anchors and
 * files, in parallel, then the site-wide fact checks. A page's check is a function of the page, the
 * index (by content digest) and the policy (by digest), and is reused while all three are equal.
 */
final class CheckStage {

    private record Input(RenderedPage page, String index, String policy) {}

    /** Each page's diagnostics, in page order, and the site-wide ones. */
    record Checked(List<List<Diagnostic>> pages, List<Diagnostic> site) {}

    private CheckStage() {}

    static Checked run(
            Memo memo,
            PolicyStage.Facts policyFacts,
            List<RenderedPage> pages,
            List<String> assets) {
        Digest digest = new Digest();
        for (RenderedPage page : pages) {
            digest.add("page").add(page.source().id());
            page.headings().forEach(h -> digest.add(h.id()));
        }
        assets.forEach(a -> digest.add("asset").add(a));
        String indexKey = digest.hex();
        ContentIndex index = memo.get("index", indexKey, k -> new ContentIndex(pages, assets));
        Policy policy = policyFacts.policy();
        DriftCheck drift = new DriftCheck(policy);
        ContentLinkCheck links = new ContentLinkCheck();
        FactChecks facts = new FactChecks();
        FactMarkup html = new FactMarkup(policy);
        List<List<Diagnostic>> perPage =
                pages.parallelStream()
                        .map(
                                page ->
                                        memo.get(
                                                "check " + page.source().file(),
                                                new Input(page, indexKey, policyFacts.key()),
                                                in -> {
                                                    Diagnostics d = new Diagnostics();
                                                    links.check(page, index, d);
                                                    drift.check(page.source(), d);
                                                    facts.checkPage(policy, html, page, d);
                                                    return d.all();
                                                }))
                        .toList();
        Diagnostics all = new Diagnostics();
        Set<String> used = new HashSet<>();
        boolean usesKnown = true;
        for (RenderedPage page : pages) {
            page.uses().forEach(u -> used.add(u.id()));
            usesKnown &= page.usesComplete();
        }
        facts.check(policy, used, usesKnown, index, all);
        return new Checked(perPage, all.all());
    }
}
