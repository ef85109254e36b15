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
import java.util.List;
import java.util.Map;

/**
 * What checks one page against the index of all pages and the policy: its links and fact markers,
 * reused while the page, the render keys of what it uses and every answer the index gave it are
 * equal to now's; its drift, reused while the page and the values looked for are.
 */
record PageCheck(
        Memo memo,
        ContentIndex index,
        DriftCheck drift,
        Object needles,
        Policy policy,
        ContentLinkCheck links,
        FactChecks facts,
        FactMarkup html) {

    /** A page's link and fact checks, and what they read. */
    private record Links(
            RenderedPage page,
            Map<String, String> used,
            ContentIndex index,
            ContentIndex.Reads reads,
            List<Diagnostic> links,
            List<Diagnostic> facts) {}

    private record DriftInput(PageSource page, Object needles) {}

    /** What rendering and checking the page reported. */
    List<Diagnostic> check(RenderStage.Rendered r) {
        RenderedPage page = r.page();
        String file = page.source().file();
        Links checked = memo.last(Memo.slot("check", file), Links.class);
        if (checked == null
                || !checked.page().equals(page)
                || !checked.used().equals(r.used())
                || checked.index() != index && !index.answersAsBefore(checked.reads())) {
            Diagnostics l = new Diagnostics();
            ContentIndex.Reads reads = new ContentIndex.Reads();
            links.check(page, index.recording(reads), l);
            Diagnostics f = new Diagnostics();
            facts.checkPage(policy, html, page, f);
            checked = new Links(page, r.used(), index, reads, l.all(), f.all());
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
        List<Diagnostic> all = new ArrayList<>(r.diagnostics());
        all.addAll(checked.links());
        all.addAll(drifted);
        all.addAll(checked.facts());
        return all;
    }
}
