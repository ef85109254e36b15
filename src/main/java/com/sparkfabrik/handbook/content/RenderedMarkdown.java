package com.sparkfabrik.handbook.content;

import com.sparkfabrik.handbook.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A page rendered from its Markdown, and where its fact fragments went. A fact's value never enters
 * the Markdown (it is a token there), so while a page's source and the shape of its expansion stay
 * the same, flexmark would make the same of it: a fact edit puts the new fragments into the spans
 * of the old ones ({@link #refill}) instead of parsing the page again. The one place a value
 * reaches the rendering is a heading's id, made from its text: a heading that reads differently now
 * needs the page rendered again. Kept per page by the dev server, so it holds no second copy of the
 * page: spans, and the few texts with tokens that are filled otherwise.
 */
public final class RenderedMarkdown {

    private final RenderedPage page;
    private final String shape;
    private final FilledSpans spans;

    /** For each heading, its text with the tokens in, or null when it has none. */
    private final List<String> headingTokens;

    /** For each section, where its fragments went, or null when it has none. */
    private final List<FilledSpans> sectionSpans;

    /** False when a section's fragments cannot be put in again ({@link SectionText}). */
    private final boolean refillable;

    private final List<Diagnostic> diagnostics;

    RenderedMarkdown(
            RenderedPage page,
            String shape,
            FilledSpans spans,
            List<String> headingTokens,
            List<FilledSpans> sectionSpans,
            boolean refillable,
            List<Diagnostic> diagnostics) {
        this.page = page;
        this.shape = shape;
        this.spans = spans.trim();
        this.headingTokens = headingTokens;
        this.sectionSpans = sectionSpans;
        this.refillable = refillable;
        this.diagnostics = List.copyOf(diagnostics);
    }

    /**
     * The page rendered as {@code html} with the tokens of {@code expansion} in, filled with its
     * fragments; {@code sections} with the tokens in too. {@code refillable}: note where the
     * fragments went, for {@link #refill} (only a pipeline that keeps pages between runs asks).
     */
    static RenderedMarkdown filled(
            PageSource source,
            Expansion expansion,
            String html,
            List<RenderedPage.Heading> headings,
            List<String> headingTokens,
            List<RenderedPage.Link> links,
            List<RenderedPage.Section> sections,
            List<Diagnostic> diagnostics,
            boolean refillable) {
        List<RenderedPage.Section> shown = new ArrayList<>(sections.size());
        List<FilledSpans> sectionSpans = new ArrayList<>(sections.size());
        for (RenderedPage.Section section : sections) {
            SectionText.Shown text =
                    refillable
                            ? SectionText.of(section.text(), expansion)
                            : new SectionText.Shown(
                                    SectionText.text(section.text(), expansion), null);
            shown.add(new RenderedPage.Section(section.id(), section.heading(), text.text()));
            sectionSpans.add(text.spans());
            refillable &= text.spans() != null || section.text().indexOf(Expansion.OPEN) < 0;
        }
        FilledSpans spans = new FilledSpans();
        RenderedPage page =
                new RenderedPage(
                        source,
                        refillable
                                ? Tokens.fill(html, expansion, spans)
                                : Tokens.fill(html, expansion),
                        headings,
                        links,
                        expansion.uses(),
                        expansion.complete(),
                        shown);
        return new RenderedMarkdown(
                page,
                expansion.shape(),
                spans,
                headingTokens,
                sectionSpans,
                refillable,
                diagnostics);
    }

    /** A page that could not be rendered: no body, nothing for the checks, its uses kept. */
    static RenderedMarkdown refused(
            PageSource source, Expansion expansion, List<Diagnostic> diagnostics) {
        return filled(
                source,
                expansion,
                "",
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                diagnostics,
                true);
    }

    public RenderedPage page() {
        return page;
    }

    /** What rendering reported: it depends on the expanded Markdown only. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /**
     * The page of {@code source} filled with the fragments of {@code expansion}, made from this
     * one; empty when the page needs rendering again: another source or expansion's text, a heading
     * that reads differently, or a section whose fragments cannot be put in again.
     */
    public Optional<RenderedMarkdown> refill(PageSource source, Expansion expansion) {
        if (!refillable || !page.source().equals(source) || !shape.equals(expansion.shape())) {
            return Optional.empty();
        }
        List<RenderedPage.Heading> headings = page.headings();
        for (int i = 0; i < headings.size(); i++) {
            String tokens = headingTokens.get(i);
            if (tokens != null
                    && !Tokens.plain(tokens, expansion).strip().equals(headings.get(i).text())) {
                return Optional.empty();
            }
        }
        List<RenderedPage.Section> sections = new ArrayList<>(page.sections());
        List<FilledSpans> nextSections = new ArrayList<>(sectionSpans);
        for (int i = 0; i < sections.size(); i++) {
            FilledSpans was = sectionSpans.get(i);
            if (was != null) {
                if (!was.stable(expansion)) {
                    return Optional.empty();
                }
                RenderedPage.Section s = sections.get(i);
                FilledSpans now = new FilledSpans();
                sections.set(
                        i,
                        new RenderedPage.Section(
                                s.id(), s.heading(), was.refill(s.text(), expansion, now)));
                nextSections.set(i, now.trim());
            }
        }
        FilledSpans next = new FilledSpans();
        RenderedPage now =
                new RenderedPage(
                        source,
                        spans.refill(page.html(), expansion, next),
                        headings,
                        page.links(),
                        expansion.uses(),
                        expansion.complete(),
                        sections);
        return Optional.of(
                new RenderedMarkdown(
                        now, shape, next, headingTokens, nextSections, true, diagnostics));
    }
}
