package com.sparkfabrik.handbook.render;

import com.sparkfabrik.handbook.content.RenderedPage;
import com.sparkfabrik.handbook.policy.Fact;
import com.sparkfabrik.handbook.policy.OpenQuestion;
import com.sparkfabrik.handbook.policy.Policy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the layout of one build reads, gathered once: the policy, the navigation and what every page
 * shows about the site. It hands each page the value record its layout is a function of.
 */
public final class SiteLayout {

    private final Policy policy;
    private final Navigation navigation;
    private final PageContext site;
    private final Map<String, Object> siteContext;

    /** The site as a content page's layout shows it, with a mark in place of the revision. */
    private final Map<String, Object> pageContext;

    public SiteLayout(Policy policy, Navigation navigation, PageContext site) {
        this.policy = policy;
        this.navigation = navigation;
        this.site = site;
        this.siteContext = context(site, site.revision());
        this.pageContext = context(site, PageLayout.REVISION);
    }

    private static Map<String, Object> context(PageContext site, String revision) {
        return Map.of(
                "title", site.title(),
                "status", site.status(),
                "revision", revision,
                "changes", !site.changes().isEmpty(),
                "atom", site.changes().atom(),
                "language", site.settings().language(),
                "repository", site.settings().repository(),
                "t", InterfaceStrings.of(site.settings().language()));
    }

    /** The revision every page's footer shows. */
    public String revision() {
        return site.revision();
    }

    /**
     * Everything a content page's layout reads besides the page and the navigation, as a value: the
     * site but its revision, and of each fact what the review dates and the open questions read. A
     * change to a fact's value alone leaves it equal.
     */
    public Object key() {
        Map<String, List<Object>> facts = new TreeMap<>();
        for (Fact fact : policy.facts().values()) {
            facts.put(
                    fact.id(), List.of(fact.page(), fact.anchor(), fact.since(), fact.reviewBy()));
        }
        return List.of(pageContext, site.changes(), site.settings(), policy.openQuestions(), facts);
    }

    public PageLayout.Input input(RenderedPage page) {
        return new PageLayout.Input(
                page,
                pageContext,
                site.changes(),
                site.settings(),
                ReviewDates.of(policy, page),
                questionsByAnchor(policy, page.source().id()),
                navigation.itemsFor(page.source()),
                navigation.neighbours(page.source()));
    }

    public PageLayout.SearchInput searchInput(RenderedPage page) {
        String id = page.source().id();
        return new PageLayout.SearchInput(
                page, questionsByAnchor(policy, id), detailedFacts(policy, id), site.changes());
    }

    /** The pages the site makes itself, the sitemap, the search index and the built-in files. */
    public GeneratedPages generated() {
        return new GeneratedPages(policy, navigation, site, siteContext);
    }

    /**
     * The open questions a page shows, by the anchor of the section they go under: each question
     * once per section that details one of its facts.
     */
    static Map<String, List<OpenQuestion>> questionsByAnchor(Policy policy, String pageId) {
        Map<String, List<OpenQuestion>> byAnchor = new TreeMap<>();
        for (OpenQuestion question : policy.openQuestions()) {
            for (String factId : question.facts()) {
                policy.fact(factId)
                        .filter(f -> f.page().equals(pageId))
                        .map(f -> byAnchor.computeIfAbsent(f.anchor(), k -> new ArrayList<>()))
                        .filter(list -> !list.contains(question))
                        .ifPresent(list -> list.add(question));
            }
        }
        return byAnchor;
    }

    /** The statements of the facts a page details, by the anchor of their section. */
    static Map<String, List<String>> detailedFacts(Policy policy, String pageId) {
        Map<String, List<String>> byAnchor = new HashMap<>();
        for (Fact fact : policy.facts().values()) {
            if (fact.page().equals(pageId)) {
                byAnchor.computeIfAbsent(fact.anchor(), k -> new ArrayList<>())
                        .add(policy.statementText(fact));
            }
        }
        return byAnchor;
    }
}
