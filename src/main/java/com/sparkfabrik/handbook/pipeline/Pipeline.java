package com.sparkfabrik.handbook.pipeline;

import com.sparkfabrik.handbook.content.RenderedPage;
import com.sparkfabrik.handbook.diag.Diagnostic;
import com.sparkfabrik.handbook.diag.Diagnostics;
import com.sparkfabrik.handbook.diag.SourcePosition;
import com.sparkfabrik.handbook.feed.FeedSchema;
import com.sparkfabrik.handbook.feed.FeedWriter;
import com.sparkfabrik.handbook.render.OutputFiles;
import com.sparkfabrik.handbook.render.Redirects;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The pipeline: load the policy, validate it, read the pages, expand and render them and check them
 * (while the policy's history is read beside them), make the feed, lay out the site; publishing is
 * {@link Build}'s. Each stage is a function of value records, and every result is kept in one
 * {@link Memo} under the key it was made from: a full build starts with an empty one, the dev
 * server keeps its own between edits, so a rebuild redoes only what an edit changed and gives what
 * a full build gives.
 */
public final class Pipeline {

    /**
     * What a build made: its result and, when the policy could be read, every file of the site
     * (kept in memory, or only their paths when handed on as made) and, when asked for, the links
     * and anchors of its pages.
     */
    public record Outcome(
            BuildResult result, Optional<OutputFiles> files, Optional<PublishedSite> published) {}

    private final BuildRequest request;
    private final Progress progress;
    private final SourceFolder sources;
    private final Memo memo;
    private final FeedStage feeds = new FeedStage();
    private final RenderStage render = new RenderStage();
    private boolean read;
    private SearchIndexJob pendingIndex;

    /** A pipeline for one build. */
    public Pipeline(BuildRequest request) {
        this(request, new Progress(), false);
    }

    /** {@code serving}: remember results between runs, to rebuild after edits. */
    public Pipeline(BuildRequest request, Progress progress, boolean serving) {
        this.request = request;
        this.progress = progress;
        this.sources = new SourceFolder(request.source(), request.pageSettings().drafts());
        this.memo = new Memo(serving);
    }

    /**
     * Runs every stage, keeping the site in memory; after {@code changed} paths (relative to the
     * source folder) are edited.
     */
    public Outcome run(Set<String> changed) throws IOException {
        progress.runStarting();
        return run(changed, new OutputFiles(), null, true);
    }

    /**
     * Like {@link #run(Set)}, but without the search index, which {@link #searchIndex()} then
     * makes: the dev server shows an edit before it spends time on the index.
     */
    public Outcome runWithoutSearchIndex(Set<String> changed) throws IOException {
        progress.runStarting();
        return run(changed, new OutputFiles(), null, false);
    }

    /**
     * The search index files of the last run that left it out, by path: with them, its files are
     * those {@link #run(Set)} gives.
     */
    public Map<String, byte[]> searchIndex() {
        OutputFiles files = new OutputFiles();
        if (pendingIndex != null) {
            pendingIndex.addTo(files);
        }
        return files.all();
    }

    /**
     * Runs every stage, handing each file to {@code destination} as it is made and keeping none,
     * and collects the links and anchors of every page for the check of the published site. {@code
     * searchIndex}: make the search index too (a check leaves it out: it links nowhere and no
     * source can break it). The stages are timed on from the caller's last one ({@link Build}'s
     * output folder).
     */
    Outcome publish(OutputFiles.Destination destination, boolean searchIndex) throws IOException {
        PublishedSite published = new PublishedSite(destination);
        return run(Set.of(), new OutputFiles(published, false), published, searchIndex);
    }

    private Outcome run(
            Set<String> changed, OutputFiles files, PublishedSite published, boolean searchIndex)
            throws IOException {
        // only a run that may have lost pages drops what the memo holds for them
        memo.startRun(sources.refresh(read ? changed : null));
        read = true;
        progress.ended("read");
        String policyKey = PolicyStage.key(request.source());
        PolicyStage.Loaded loaded =
                memo.get("policy", policyKey, key -> PolicyStage.load(key, request));
        pendingIndex = null;
        if (loaded.policy().isEmpty()) {
            memo.sweep();
            Diagnostics all = collect(loaded.diagnostics(), List.of(), List.of());
            return new Outcome(
                    new BuildResult(all, Optional.empty(), List.of(), false),
                    Optional.empty(),
                    Optional.empty());
        }
        Ahead<HistoryStage.Read> history =
                memo.get("history", loaded.key(), key -> HistoryStage.start(request, loaded));
        PolicyStage.Facts facts =
                memo.get("facts", loaded.key(), key -> PolicyStage.facts(loaded, memo.keeps()));
        progress.ended("policy");
        RenderStage.Rendering rendering = render.run(memo, facts, sources.pages(), progress);
        List<RenderedPage> pages = rendering.pages();
        progress.ended("render");
        CheckStage.Checked checked = CheckStage.run(memo, facts, rendering, sources.assets());
        progress.ended("check");
        PolicyStage.Site site =
                memo.get(
                        "site",
                        loaded.key(),
                        key -> PolicyStage.site(facts, history.join(), request, feeds));
        pendingIndex = LayoutStage.run(memo, site, pages, files, published, searchIndex);
        progress.ended("layout");
        Diagnostics siteWide = new Diagnostics();
        siteWide.addAll(checked.site());
        beside(site, pages, files, siteWide);
        progress.ended("files");
        memo.sweep();
        Diagnostics all = collect(loaded.diagnostics(), site.diagnostics(), checked.pages());
        all.addAll(siteWide.all());
        return new Outcome(
                new BuildResult(all, loaded.policy(), pages, false),
                Optional.of(files),
                Optional.ofNullable(published));
    }

    /**
     * The files that go beside the pages: redirects, the feed, the schema, the content's assets.
     */
    private void beside(
            PolicyStage.Site site,
            List<RenderedPage> pages,
            OutputFiles files,
            Diagnostics diagnostics) {
        for (Redirects.Clash clash :
                new Redirects().add(files, AliasedPages.of(memo, pages), site.info())) {
            diagnostics.error(
                    "front-matter",
                    SourcePosition.of(clash.page().file()),
                    "alias '"
                            + clash.alias()
                            + "' names a page or file the site already has: remove the alias");
        }
        byte[] feed = memo.get("feed", site.key(), k -> new FeedWriter().write(site.feed()));
        files.add("policy.json", feed);
        HistoryStage.addAtomFeed(
                site.history(), site.policy(), request.baseUrl(), files, diagnostics);
        files.add(FeedSchema.SITE_PATH, feeds.schema().publishedBytes(request.baseUrl()));
        sources.addAssets(files, diagnostics);
    }

    private Diagnostics collect(
            List<Diagnostic> policy, List<Diagnostic> feed, List<Diagnostic> pages) {
        Diagnostics all = new Diagnostics(request.severities());
        all.addAll(policy);
        all.addAll(sources.diagnostics());
        all.addAll(feed);
        all.addAll(pages);
        return all;
    }
}
