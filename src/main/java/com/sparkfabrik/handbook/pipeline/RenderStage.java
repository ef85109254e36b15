package com.sparkfabrik.handbook.pipeline;

import com.sparkfabrik.handbook.check.ContentIndex;
import com.sparkfabrik.handbook.content.Expansion;
import com.sparkfabrik.handbook.content.MarkdownRenderer;
import com.sparkfabrik.handbook.content.PageSource;
import com.sparkfabrik.handbook.content.RenderedMarkdown;
import com.sparkfabrik.handbook.content.RenderedPage;
import com.sparkfabrik.handbook.diag.Diagnostic;
import com.sparkfabrik.handbook.diag.Diagnostics;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.Set;
import java.util.TreeMap;

/**
 * Expand and render: each page's facts expanded and its Markdown rendered, in parallel. A page's
 * rendering is a function of its source and of the render keys of what it uses, which are known
 * only once it is rendered; so the memo's value carries the keys it was made with, and is reused
 * while its source and those keys are equal to now's. When only those keys changed (a fact edit),
 * the page's Markdown usually expands to the same text with the same tokens: then the new fragments
 * go where the old ones were ({@link RenderedMarkdown}), and the page is not parsed again. In a run
 * that keeps every page and has the last run's render keys, a page whose source is the very one the
 * last run had at its place is taken as then rendered without a look at its slot.
 */
final class RenderStage {

    /**
     * A rendered page, what rendering it reported, the render keys of what it used, its anchors,
     * and where its fragments went (kept only by a pipeline that keeps results between runs).
     */
    record Rendered(
            RenderedPage page,
            List<Diagnostic> diagnostics,
            Map<String, String> used,
            Set<String> anchors,
            RenderedMarkdown markdown) {}

    private static final Object KEYS = Memo.slot("render", "render keys");

    /** The renderings of a run's pages, position by position. */
    record Rendering(List<Rendered> rendered) {

        /** The pages rendered, position by position: a view, made at no cost per page. */
        List<RenderedPage> pages() {
            return new Pages(rendered);
        }
    }

    /** The pages of renderings, read in place (random access, so it splits for parallel work). */
    private static final class Pages extends AbstractList<RenderedPage> implements RandomAccess {
        private final List<Rendered> rendered;

        Pages(List<Rendered> rendered) {
            this.rendered = rendered;
        }

        @Override
        public RenderedPage get(int i) {
            return rendered.get(i).page();
        }

        @Override
        public int size() {
            return rendered.size();
        }
    }

    /** The last run's pages and their renderings, position by position. */
    private record Run(List<PageSource> sources, Rendering rendering) {}

    private static final Object RUN = Memo.slot("render", "last run");

    /**
     * Made ahead, while the policy is read: flexmark's parsers and renderers and the patterns they
     * compile, about 5 % of the main thread's time in a cold check, which a second core then takes
     * off it. Every pipeline starts it, also one whose policy does not load or that renders
     * nothing; the thread ends once the renderer is made.
     */
    private final Ahead<MarkdownRenderer> markdown = Ahead.start("markdown", MarkdownRenderer::new);

    Rendering run(Memo memo, PolicyStage.Facts facts, List<PageSource> sources, Progress progress) {
        Rendered[] rendered = new Rendered[sources.size()];
        List<Integer> stale = new ArrayList<>();
        // each page the memo holds was made or found current with the last run's render keys: when
        // this run has that very map, only a page's source can make it stale
        Map<String, String> keys = facts.renderKeys();
        boolean keysAsBefore = memo.last(KEYS, Map.class) == keys;
        // and a page whose source is the very one the last run had at its place is rendered as then
        Run last = keysAsBefore ? memo.lastRun(RUN, Run.class) : null;
        boolean aligned = last != null && last.sources().size() == rendered.length;
        for (int i = 0; i < rendered.length; i++) {
            PageSource source = sources.get(i);
            if (aligned && last.sources().get(i) == source) {
                rendered[i] = last.rendering().rendered().get(i);
                continue;
            }
            Rendered old = memo.last(slot(source), Rendered.class);
            if (old != null
                    && (keysAsBefore
                            ? old.page().source().equals(source)
                            : current(old, source, keys))) {
                rendered[i] = old;
            } else {
                stale.add(i);
                rendered[i] = old;
            }
        }
        progress.starting(stale.size());
        // waited for here, not by each page's thread
        MarkdownRenderer renderer = stale.isEmpty() ? null : markdown.join();
        stale.parallelStream()
                .forEach(
                        i -> {
                            PageSource source = sources.get(i);
                            rendered[i] =
                                    render(renderer, source, facts, rendered[i], memo.keeps());
                            memo.put(slot(source), source, rendered[i]);
                            progress.pageRendered();
                        });
        memo.put(KEYS, keys, keys);
        Rendering rendering = new Rendering(Arrays.asList(rendered));
        memo.put(RUN, sources, new Run(sources, rendering));
        return rendering;
    }

    /** {@code old}: the page's last rendering, or null; {@code keep}: keep its Markdown. */
    private static Rendered render(
            MarkdownRenderer markdown,
            PageSource source,
            PolicyStage.Facts facts,
            Rendered old,
            boolean keep) {
        Diagnostics d = new Diagnostics();
        Expansion expansion = facts.expander().expand(source, d);
        RenderedMarkdown rendered =
                old == null || old.markdown() == null
                        ? null
                        : old.markdown().refill(source, expansion).orElse(null);
        if (rendered == null) {
            rendered = markdown.markdown(source, expansion, keep);
        }
        d.addAll(rendered.diagnostics());
        RenderedPage page = rendered.page();
        Map<String, String> used = new TreeMap<>();
        if (!facts.renderKeys().isEmpty()) {
            page.uses().forEach(u -> used.put(u.id(), facts.renderKeys().get(u.id())));
        }
        return new Rendered(
                page, d.all(), used, ContentIndex.anchors(page.headings()), keep ? rendered : null);
    }

    private static boolean current(Rendered old, PageSource source, Map<String, String> keys) {
        if (!old.page().source().equals(source)) {
            return false;
        }
        for (Map.Entry<String, String> used : old.used().entrySet()) {
            if (!Objects.equals(keys.get(used.getKey()), used.getValue())) {
                return false;
            }
        }
        return true;
    }

    private static Object slot(PageSource source) {
        return Memo.slot("render", source.file());
    }
}
