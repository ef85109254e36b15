package com.sparkfabrik.handbook.render;

import com.sparkfabrik.handbook.content.FactMarkup;
import com.sparkfabrik.handbook.content.HtmlEscaper;
import com.sparkfabrik.handbook.content.PageSource;
import com.sparkfabrik.handbook.content.RenderedPage;
import com.sparkfabrik.handbook.policy.Fact;
import com.sparkfabrik.handbook.policy.OpenQuestion;
import com.sparkfabrik.handbook.policy.Policy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * Lays out the rendered pages and adds what every site has: 404, sitemap, search index, assets,
 * schemas.
 */
public final class PageRenderer {

    /** Written only with a base URL: the sitemap protocol requires absolute locations. */
    public static final String SITEMAP = "sitemap.xml";

    /** Built-in files copied from the jar as they are. */
    static final List<String> BUILT_IN =
            List.of(
                    "assets/style.css",
                    "assets/search.js",
                    "assets/site.js",
                    "assets/favicon.svg",
                    "schema/policy.schema.json",
                    "schema/handbook.schema.json",
                    "schema/front-matter.schema.json");

    private final Layout layout = new Layout();

    public OutputFiles render(
            Policy policy, List<RenderedPage> pages, PageContext site, LayoutCache cache) {
        OutputFiles files = new OutputFiles();
        FactMarkup facts = new FactMarkup(policy);
        Navigation navigation = cache.navigation(pages);
        Map<String, Object> siteContext =
                Map.of(
                        "title", site.title(),
                        "status", site.status(),
                        "revision", site.revision(),
                        "changes", !site.changes().isEmpty(),
                        "atom", site.changes().atom(),
                        "language", site.settings().language(),
                        "repository", site.settings().repository(),
                        "t", InterfaceStrings.of(site.settings().language()));
        AtomicBoolean searchChanged = new AtomicBoolean();
        List<LayoutCache.Entry> laidOut =
                pages.parallelStream()
                        .map(
                                page -> {
                                    LayoutCache.Entry old = cache.entries.get(page.source().id());
                                    boolean sameInputs =
                                            old != null
                                                    && old.page() == page
                                                    && old.navigation() == navigation.version()
                                                    && old.site().equals(site);
                                    if (sameInputs && old.policy() == policy) {
                                        return old;
                                    }
                                    ReviewDates dates = ReviewDates.of(policy, page);
                                    if (sameInputs && old.dates().equals(dates)) {
                                        LayoutCache.Entry kept =
                                                new LayoutCache.Entry(
                                                        page,
                                                        policy,
                                                        old.navigation(),
                                                        site,
                                                        dates,
                                                        old.html(),
                                                        old.searchEntry());
                                        cache.entries.put(page.source().id(), kept);
                                        return kept;
                                    }
                                    boolean samePage =
                                            old != null
                                                    && old.page() == page
                                                    && old.policy() == policy
                                                    && old.site().equals(site);
                                    searchChanged.compareAndSet(false, !samePage);
                                    LayoutCache.Entry fresh =
                                            new LayoutCache.Entry(
                                                    page,
                                                    policy,
                                                    navigation.version(),
                                                    site,
                                                    dates,
                                                    renderPage(
                                                                    page,
                                                                    dates,
                                                                    navigation,
                                                                    siteContext,
                                                                    site.changes(),
                                                                    site.settings(),
                                                                    policy)
                                                            .getBytes(StandardCharsets.UTF_8),
                                                    samePage
                                                            ? old.searchEntry()
                                                            : SearchIndex.entry(
                                                                    page,
                                                                    questionsByAnchor(
                                                                            policy,
                                                                            page.source().id()),
                                                                    detailedFacts(
                                                                            policy,
                                                                            facts,
                                                                            page.source().id()),
                                                                    ChangeNotes.texts(
                                                                            page.source().id(),
                                                                            site.changes(),
                                                                            layout)));
                                    cache.entries.put(page.source().id(), fresh);
                                    return fresh;
                                })
                        .toList();
        if (cache.entries.size() != laidOut.size()) {
            searchChanged.set(true);
            cache.entries
                    .keySet()
                    .retainAll(
                            pages.stream().map(p -> p.source().id()).collect(Collectors.toSet()));
        }
        for (LayoutCache.Entry entry : laidOut) {
            files.add(entry.page().source().outputPath(), entry.html());
        }
        if (!files.contains("404.html")) {
            // served at any missing URL, however deep: only absolute links work from there
            String root = site.baseFolder();
            Map<String, String> t = InterfaceStrings.of(site.settings().language());
            files.add(
                    "404.html",
                    generatedPage(
                            t.get("not_found_title"),
                            "<p>"
                                    + t.get("not_found")
                                            .replace("{0}", HtmlEscaper.escape(root) + "index.html")
                                    + "</p>",
                            navigation,
                            siteContext,
                            root));
        }
        // generated pages readers search too (not the 404 page, nor the TL;DR page, which
        // repeats the home page's TL;DR)
        TreeMap<String, List<SearchIndex.Section>> generatedSearch = new TreeMap<>();
        if (!files.contains("index.html")) {
            // every page's header links home: a site whose content has no index.md gets one
            String home = homeHtml(policy, navigation);
            files.add(
                    "index.html",
                    generatedPage(policy.info().title(), home, navigation, siteContext, ""));
            generatedSearch.put(
                    "index", SearchIndex.entryOfHtml("index.html", policy.info().title(), home));
        }
        if (!files.contains("tldr.html")) {
            // every footer links to the TL;DR page: a site whose content has none gets one from the
            // facts
            files.add(
                    "tldr.html",
                    generatedPage(
                            "TL;DR",
                            new FactMarkup(policy).tldr("tldr"),
                            navigation,
                            siteContext,
                            ""));
        }
        if (!site.baseUrl().isEmpty()) {
            // the sitemap protocol requires absolute locations: without a base URL, no sitemap
            files.add(
                    SITEMAP,
                    cache.sitemap(
                            navigation,
                            () -> Sitemap.render(pages, site.baseFolder()),
                            site.baseUrl()));
        }
        if (!site.changes().isEmpty()) {
            Map<String, Object> changes = new HashMap<>();
            changes.put("entries", site.changes().entries());
            changes.put("atom", site.changes().atom());
            String changesHtml = layout.render("changes", changes);
            files.add(
                    "changes.html",
                    generatedPage("What changed", changesHtml, navigation, siteContext, ""));
            generatedSearch.put(
                    "changes",
                    SearchIndex.entryOfHtml("changes.html", "What changed", changesHtml));
        }
        if (!policy.openQuestions().isEmpty()
                && !files.contains(FactMarkup.OPEN_QUESTIONS_PAGE + ".html")) {
            // callouts and the TL;DR link to the open questions: a site whose content has no
            // such page gets one from the policy
            String questions = facts.openQuestions(FactMarkup.OPEN_QUESTIONS_PAGE);
            String path = FactMarkup.OPEN_QUESTIONS_PAGE + ".html";
            files.add(
                    path, generatedPage("Open questions", questions, navigation, siteContext, ""));
            generatedSearch.put(
                    FactMarkup.OPEN_QUESTIONS_PAGE,
                    SearchIndex.entryOfHtml(path, "Open questions", questions));
        }
        cache.searchIndex(
                        searchChanged.get() || cache.generatedSearchChanged(generatedSearch),
                        () -> {
                            TreeMap<String, List<SearchIndex.Section>> searchEntries =
                                    new TreeMap<>(generatedSearch);
                            laidOut.forEach(
                                    e ->
                                            searchEntries.put(
                                                    e.page().source().id(), e.searchEntry()));
                            return SearchIndex.files(List.copyOf(searchEntries.values()));
                        })
                .forEach(files::add);
        for (String builtIn : BUILT_IN) {
            files.add(builtIn, resource(builtIn));
        }
        return files;
    }

    private String renderPage(
            RenderedPage page,
            ReviewDates dates,
            Navigation navigation,
            Map<String, Object> site,
            ChangeLog changes,
            PageSettings settings,
            Policy policy) {
        PageSource source = page.source();
        Map<String, Object> pageContext = new HashMap<>();
        pageContext.put("editLink", settings.editLink(source.file()));
        pageContext.put("draft", source.draft());
        pageContext.put("title", source.title());
        pageContext.put("description", source.description());
        pageContext.put("home", source.id().equals("index"));
        pageContext.put("since", dates.since());
        pageContext.put("reviewBy", dates.reviewBy());
        Map<String, Object> context = new HashMap<>();
        context.put("site", site);
        context.put("page", pageContext);
        context.put("root", "../".repeat(source.depth()));
        context.put("nav", navigation.itemsFor(source));
        context.put(
                "toc",
                page.headings().stream()
                        .filter(h -> h.level() == 2 || h.level() == 3)
                        .map(h -> Map.of("level", h.level(), "id", h.id(), "text", h.text()))
                        .toList());
        context.put(
                "content",
                PageBody.decorate(
                        ChangeNotes.insert(
                                page.html(),
                                source.id(),
                                "../".repeat(source.depth()),
                                changes,
                                layout),
                        source.id(),
                        callouts(questionsByAnchor(policy, source.id()), source.id())));
        context.putAll(navigation.neighbours(source));
        return layout.render("layout", context);
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
    static Map<String, List<String>> detailedFacts(Policy policy, FactMarkup html, String pageId) {
        Map<String, List<String>> byAnchor = new HashMap<>();
        for (Fact fact : policy.facts().values()) {
            if (fact.page().equals(pageId)) {
                byAnchor.computeIfAbsent(fact.anchor(), k -> new ArrayList<>())
                        .add(policy.statementText(fact));
            }
        }
        return byAnchor;
    }

    /** The callouts, as HTML by anchor. */
    private Map<String, String> callouts(Map<String, List<OpenQuestion>> questions, String pageId) {
        Map<String, String> callouts = new HashMap<>();
        questions.forEach(
                (anchor, list) -> {
                    List<Map<String, Object>> items = new ArrayList<>();
                    for (OpenQuestion q : list) {
                        items.add(
                                Map.of(
                                        "question",
                                        q.question(),
                                        "href",
                                        FactMarkup.questionHref(pageId, q.id())));
                    }
                    callouts.put(anchor, layout.render("callout", Map.of("questions", items)));
                });
        return callouts;
    }

    /** The generated home page: the TL;DR, then the top-level pages. */
    private String homeHtml(Policy policy, Navigation navigation) {
        return layout.render(
                "home",
                Map.of(
                        "tldr",
                        new FactMarkup(policy).tldr("index"),
                        "pages",
                        navigation.topLevel().stream()
                                .map(p -> Map.of("href", p.outputPath(), "title", p.title()))
                                .toList()));
    }

    /**
     * A page of the site's own at the top level (not from content/): the 404 page, a generated
     * TL;DR.
     */
    private String generatedPage(
            String title,
            String bodyHtml,
            Navigation navigation,
            Map<String, Object> site,
            String root) {
        PageSource source = new PageSource("generated", "generated", title, 0, "", "");
        Map<String, Object> context = new HashMap<>();
        context.put("site", site);
        context.put(
                "page",
                Map.of(
                        "title",
                        title,
                        "description",
                        "",
                        "home",
                        false,
                        "since",
                        "",
                        "reviewBy",
                        "",
                        "editLink",
                        "",
                        "draft",
                        false));
        context.put("root", root);
        context.put(
                "nav",
                navigation.itemsFor(source).stream()
                        .map(
                                item -> {
                                    Map<String, Object> absolute = new HashMap<>(item);
                                    absolute.put("href", root + item.get("href"));
                                    return absolute;
                                })
                        .toList());
        context.put("toc", List.of());
        context.put("content", PageBody.decorate(bodyHtml, source.id(), Map.of()));
        context.put("prev", null);
        context.put("next", null);
        return layout.render("layout", context);
    }

    /**
     * The dates a page shows: the earliest review due and the latest start among the facts it uses.
     */
    record ReviewDates(String since, String reviewBy) {
        static ReviewDates of(Policy policy, RenderedPage page) {
            LocalDate since = null;
            LocalDate reviewBy = null;
            for (var use : page.uses()) {
                Fact fact = policy.facts().get(use.id());
                if (fact == null) {
                    continue;
                }
                since = since == null || fact.since().isAfter(since) ? fact.since() : since;
                reviewBy =
                        reviewBy == null || fact.reviewBy().isBefore(reviewBy)
                                ? fact.reviewBy()
                                : reviewBy;
            }
            return new ReviewDates(Objects.toString(since, ""), Objects.toString(reviewBy, ""));
        }
    }

    static byte[] resource(String path) {
        try (InputStream in = PageRenderer.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing built-in resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
