package com.sparkfabrik.handbook.check;

import com.sparkfabrik.handbook.content.FactMarkup;
import com.sparkfabrik.handbook.content.RenderedPage;
import com.sparkfabrik.handbook.content.Slugs;
import com.sparkfabrik.handbook.diag.Diagnostics;
import com.sparkfabrik.handbook.diag.SourcePosition;
import com.sparkfabrik.handbook.diag.Suggestions;
import com.sparkfabrik.handbook.policy.Fact;
import com.sparkfabrik.handbook.policy.Policy;
import com.sparkfabrik.handbook.policy.StatementPart;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Consistency between the policy and the pages: every fact is detailed on a page and anchor that
 * exist (so the TL;DR and the feed link somewhere real) and is used; and, page by page, no two
 * headings share an anchor and every value shown under a fact marker is the policy's.
 */
public final class FactChecks {

    /**
     * The site-wide checks, given the ids the pages use directly ({@code usesKnown} is false when a
     * page stopped at a template error, so its uses are unknown); the build keeps that set up to
     * date page by page.
     */
    public void check(
            Policy policy,
            Set<String> usedByPages,
            boolean usesKnown,
            ContentIndex index,
            Diagnostics diagnostics) {
        for (Fact fact : policy.facts().values()) {
            if (!index.hasPage(fact.page())) {
                diagnostics.error(
                        "detail-page",
                        fact.positionOf("page"),
                        "fact '"
                                + fact.id()
                                + "' is detailed on page '"
                                + fact.page()
                                + "', which does not exist"
                                + Suggestions.didYouMean(fact.page(), index.pageIds()));
            } else if (!index.hasAnchor(fact.page(), fact.anchor())) {
                diagnostics.error(
                        "detail-anchor",
                        fact.positionOf("anchor"),
                        "fact '"
                                + fact.id()
                                + "' is detailed at '"
                                + fact.page()
                                + "#"
                                + fact.anchor()
                                + "', but that page has no such heading"
                                + Suggestions.didYouMean(
                                        fact.anchor(), index.anchorsOf(fact.page())));
            }
        }
        // after a template error a page's uses are unknown: warning about unused facts would
        // mislead
        Set<String> used = used(policy, usedByPages);
        for (Fact fact : policy.facts().values()) {
            if (usesKnown && !used.contains(fact.id())) {
                diagnostics.warning(
                        "unused-fact",
                        fact.position(),
                        "fact '" + fact.id() + "' is not used by any page");
            }
        }
    }

    /** The checks of one page alone: run again only when the page or the policy changed. */
    public void checkPage(
            Policy policy, FactMarkup html, RenderedPage page, Diagnostics diagnostics) {
        duplicateHeadings(page, diagnostics);
        renderedValues(policy, html, page, diagnostics);
    }

    /**
     * Every value shown under a fact marker must be the policy's value: a safety net behind the
     * renderer, since a page cannot write such a marker itself (its raw HTML is escaped).
     */
    private static void renderedValues(
            Policy policy, FactMarkup html, RenderedPage page, Diagnostics diagnostics) {
        String body = page.html();
        String marker = "<span class=\"fact-value\" data-fact=\"";
        for (int at = body.indexOf(marker);
                at >= 0;
                at = body.indexOf(marker, at + marker.length())) {
            int idEnd = body.indexOf('"', at + marker.length());
            String id = body.substring(at + marker.length(), idEnd);
            Fact fact = policy.facts().get(id);
            if (fact == null || !body.startsWith(html.value(fact), at)) {
                diagnostics.error(
                        "fact-value",
                        SourcePosition.of(page.source().file()),
                        "the value shown for fact '"
                                + id
                                + "' in the generated page is not the policy's value");
            }
        }
    }

    /** Facts used on a page, directly or through the statement of a fact used there. */
    private static Set<String> used(Policy policy, Set<String> usedByPages) {
        Set<String> used = new HashSet<>(usedByPages);
        List<String> pending = List.copyOf(used);
        while (!pending.isEmpty()) {
            Set<String> next = new HashSet<>();
            for (String id : pending) {
                Fact fact = policy.facts().get(id);
                if (fact == null) {
                    continue;
                }
                for (StatementPart part : fact.statementParts()) {
                    if (part instanceof StatementPart.FactValueRef ref && used.add(ref.factId())) {
                        next.add(ref.factId());
                    }
                }
            }
            pending = List.copyOf(next);
        }
        return used;
    }

    private static void duplicateHeadings(RenderedPage page, Diagnostics diagnostics) {
        Map<String, Integer> firstLine = new HashMap<>();
        for (RenderedPage.Heading heading : page.headings()) {
            String base = Slugs.slug(heading.text());
            Integer first = firstLine.putIfAbsent(base, heading.line());
            if (first != null) {
                diagnostics.warning(
                        "duplicate-heading",
                        new SourcePosition(page.source().file(), heading.line(), 1),
                        "heading '"
                                + heading.text()
                                + "' has the same anchor '"
                                + base
                                + "' as the heading on line "
                                + first
                                + "; this one is '#"
                                + heading.id()
                                + "'");
            }
        }
    }
}
