package com.sparkfabrik.handbook.pipeline;

import com.sparkfabrik.handbook.check.ContentIndex;
import com.sparkfabrik.handbook.check.ContentLinkCheck;
import com.sparkfabrik.handbook.check.DriftCheck;
import com.sparkfabrik.handbook.check.FactChecks;
import com.sparkfabrik.handbook.content.FactExpander;
import com.sparkfabrik.handbook.content.FactMarkup;
import com.sparkfabrik.handbook.content.MarkdownRenderer;
import com.sparkfabrik.handbook.content.PageSource;
import com.sparkfabrik.handbook.content.RenderedPage;
import com.sparkfabrik.handbook.diag.Diagnostic;
import com.sparkfabrik.handbook.diag.Diagnostics;
import com.sparkfabrik.handbook.diag.SourcePosition;
import com.sparkfabrik.handbook.feed.Feed;
import com.sparkfabrik.handbook.feed.FeedSchema;
import com.sparkfabrik.handbook.feed.FeedWriter;
import com.sparkfabrik.handbook.history.History;
import com.sparkfabrik.handbook.history.PolicyHistory;
import com.sparkfabrik.handbook.policy.Policy;
import com.sparkfabrik.handbook.policy.PolicyLoader;
import com.sparkfabrik.handbook.policy.PolicyValidator;
import com.sparkfabrik.handbook.render.LayoutCache;
import com.sparkfabrik.handbook.render.OutputFiles;
import com.sparkfabrik.handbook.render.PageContext;
import com.sparkfabrik.handbook.render.PageRenderer;
import com.sparkfabrik.handbook.render.Redirects;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The pipeline, remembering between runs what each page was made from, so that a change re-does
 * only what it affects: a page edit re-renders that page, a fact edit the pages that used the fact.
 * Every build, the first included, runs through here, so an incremental result is the same as a
 * full one by construction; tests check it under random edit sequences.
 */
public final class IncrementalBuild {

    /** What a build made: its result and, when the policy could be read, every file of the site. */
    public record Outcome(BuildResult result, Optional<OutputFiles> files) {}

    private static final long UNCHECKED = Long.MIN_VALUE;

    private record PageState(
            RenderedPage page,
            List<Diagnostic> renderDiagnostics,
            List<Diagnostic> checkDiagnostics,
            Map<String, String> usedKeys,
            long checkedAgainst) {}

    private final BuildRequest request;
    private final Progress progress;
    private final FeedStage feedStage = new FeedStage();
    private final LayoutCache layouts = new LayoutCache();
    private final SourceFolder sources;
    private final Map<String, PageState> pages = new TreeMap<>();
    private final MarkdownRenderer markdown = new MarkdownRenderer();
    private FactExpander expander;
    private ContentIndex index;
    private final Map<String, Integer> useCounts = new HashMap<>();
    private int incompletePages;
    private List<String> indexedAssets;
    private Optional<Policy> policy = Optional.empty();
    private List<Diagnostic> policyDiagnostics = List.of();
    private Map<String, String> renderKeys = Map.of();
    private Feed feed;
    private History history;
    private List<Diagnostic> feedDiagnostics = List.of();
    private boolean built;

    public IncrementalBuild(BuildRequest request) {
        this(request, new Progress());
    }

    public IncrementalBuild(BuildRequest request, Progress progress) {
        this.request = request;
        this.progress = progress;
        this.sources = new SourceFolder(request.source(), request.pageSettings().drafts());
    }

    /**
     * Rebuilds after {@code changed} paths (relative to the source folder); everything the first
     * time.
     */
    public Outcome rebuild(Set<String> changed) throws IOException {
        boolean everything = !built;
        built = true;
        boolean policyChanged = everything || changed.contains(PolicyLoader.FILE);
        if (policyChanged) {
            Diagnostics d = new Diagnostics();
            policy =
                    new PolicyLoader(new PolicyValidator(request.clock()))
                            .load(request.source(), d);
            policyDiagnostics = d.all();
        }
        Set<String> reread = sources.refresh(everything ? null : changed);
        if (policy.isEmpty()) {
            return new Outcome(
                    new BuildResult(collect(List.of()), policy, List.of(), false),
                    Optional.empty());
        }
        Policy current = policy.get();
        if (policyChanged) {
            renderKeys = RenderKeys.of(current);
            Diagnostics d = new Diagnostics();
            history =
                    request.history().enabled()
                            ? new PolicyHistory().read(request.source(), request.history(), d)
                            : History.none();
            feed = feedStage.build(current, request, history, d);
            feedDiagnostics = d.all();
        }
        boolean anchorsChanged = render(current, reread, policyChanged);
        List<RenderedPage> rendered = pages.values().stream().map(PageState::page).toList();
        if (index == null || anchorsChanged || !sources.assets().equals(indexedAssets)) {
            indexedAssets = sources.assets();
            index = new ContentIndex(rendered, indexedAssets);
        }
        check(current, index, policyChanged);

        Diagnostics site = new Diagnostics();
        new FactChecks().check(current, useCounts.keySet(), incompletePages == 0, index, site);
        PageContext siteInfo = Publication.siteInfo(current, feed, request, history);
        OutputFiles files = new PageRenderer().render(current, rendered, siteInfo, layouts);
        for (Redirects.Clash clash : new Redirects().add(files, rendered, siteInfo)) {
            site.error(
                    "front-matter",
                    SourcePosition.of(clash.page().file()),
                    "alias '"
                            + clash.alias()
                            + "' names a page or file the site already has: remove the alias");
        }
        files.add("policy.json", new FeedWriter().write(feed));
        HistoryStage.addAtomFeed(history, current, request.baseUrl(), files, site);
        files.add(FeedSchema.SITE_PATH, feedStage.schema().publishedBytes());
        sources.addAssets(files, site);
        Diagnostics all = collect(site.all());
        return new Outcome(new BuildResult(all, policy, rendered, false), Optional.of(files));
    }

    /**
     * Re-renders the pages that were re-read or that used something the policy change touched;
     * returns whether a page was added or removed or its anchors changed (then links are
     * re-checked).
     */
    private boolean render(Policy current, Set<String> reread, boolean policyChanged) {
        boolean removed = false;
        for (Iterator<Map.Entry<String, PageState>> it = pages.entrySet().iterator();
                it.hasNext(); ) {
            Map.Entry<String, PageState> entry = it.next();
            if (!sources.pages().containsKey(entry.getKey())) {
                countUses(entry.getValue().page(), -1);
                it.remove();
                removed = true;
            }
        }
        if (policyChanged || expander == null) {
            expander = new FactExpander(current);
        }
        List<PageSource> stale =
                sources.pages().values().stream()
                        .filter(
                                page -> {
                                    PageState state = pages.get(page.file());
                                    return state == null
                                            || reread.contains(page.file())
                                                    && !state.page().source().equals(page)
                                            || policyChanged
                                                    && state.usedKeys().entrySet().stream()
                                                            .anyMatch(
                                                                    e ->
                                                                            !Objects.equals(
                                                                                    renderKeys.get(
                                                                                            e
                                                                                                    .getKey()),
                                                                                    e.getValue()));
                                })
                        .toList();
        progress.starting(stale.size());
        AtomicBoolean anchorsChanged = new AtomicBoolean(removed);
        stale.parallelStream()
                .forEach(
                        page -> {
                            Diagnostics d = new Diagnostics();
                            RenderedPage rendered =
                                    markdown.render(page, expander.expand(page, d), d);
                            PageState before;
                            synchronized (pages) {
                                before = pages.get(page.file());
                                if (before != null) {
                                    countUses(before.page(), -1);
                                }
                                countUses(rendered, +1);
                            }
                            if (before == null
                                    || !before.page().headings().stream()
                                            .map(RenderedPage.Heading::id)
                                            .toList()
                                            .equals(
                                                    rendered.headings().stream()
                                                            .map(RenderedPage.Heading::id)
                                                            .toList())) {
                                anchorsChanged.set(true);
                            }
                            Map<String, String> used = new TreeMap<>();
                            rendered.uses().forEach(u -> used.put(u.id(), renderKeys.get(u.id())));
                            synchronized (pages) {
                                pages.put(
                                        page.file(),
                                        new PageState(
                                                rendered, d.all(), List.of(), used, UNCHECKED));
                            }
                            progress.pageRendered();
                        });
        return anchorsChanged.get();
    }

    /**
     * Link and drift checks of a page are redone when the page changed, when any page's anchors or
     * the set of files changed (for links), or when the policy changed (for drift).
     */
    private void check(Policy current, ContentIndex index, boolean policyChanged) {
        long version = index.version();
        DriftCheck drift = new DriftCheck(current);
        ContentLinkCheck links = new ContentLinkCheck();
        FactChecks facts = new FactChecks();
        FactMarkup html = new FactMarkup(current);
        List<Map.Entry<String, PageState>> stale =
                pages.entrySet().stream()
                        .filter(e -> policyChanged || e.getValue().checkedAgainst() != version)
                        .toList();
        stale.parallelStream()
                .forEach(
                        e -> {
                            PageState state = e.getValue();
                            Diagnostics d = new Diagnostics();
                            links.check(state.page(), index, d);
                            drift.check(state.page().source(), d);
                            facts.checkPage(current, html, state.page(), d);
                            synchronized (pages) {
                                pages.put(
                                        e.getKey(),
                                        new PageState(
                                                state.page(),
                                                state.renderDiagnostics(),
                                                d.all(),
                                                state.usedKeys(),
                                                version));
                            }
                        });
    }

    /**
     * Keeps, for every id any page uses, how many pages use it; and how many pages have unknown
     * uses.
     */
    private void countUses(RenderedPage page, int delta) {
        for (String id : new HashSet<>(page.uses().stream().map(u -> u.id()).toList())) {
            useCounts.merge(id, delta, (a, b) -> a + b == 0 ? null : a + b);
        }
        if (!page.usesComplete()) {
            incompletePages += delta;
        }
    }

    private Diagnostics collect(List<Diagnostic> siteDiagnostics) {
        Diagnostics all = new Diagnostics(request.severities());
        all.addAll(policyDiagnostics);
        all.addAll(sources.diagnostics());
        all.addAll(feedDiagnostics);
        for (PageState state : pages.values()) {
            all.addAll(state.renderDiagnostics());
            all.addAll(state.checkDiagnostics());
        }
        all.addAll(siteDiagnostics);
        return all;
    }
}
