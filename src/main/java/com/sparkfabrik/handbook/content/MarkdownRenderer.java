package com.sparkfabrik.handbook.content;

import com.sparkfabrik.handbook.diag.Diagnostics;
import com.sparkfabrik.handbook.diag.SourcePosition;
import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.HeaderIdGeneratorFactory;
import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Markdown to HTML with flexmark, built once per build. Raw HTML is escaped, links are checked for
 * safe schemes and rewritten from {@code .md} to {@code .html}, headings get stable ids, and the
 * headings and links are returned with their source positions.
 */
public final class MarkdownRenderer {

    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownRenderer() {
        MutableDataSet options =
                new MutableDataSet()
                        .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))
                        // read for every page by the admonition rule; the library's defaults load
                        // its icons from the jar each time, and Admonitions renders no icons
                        .set(AdmonitionExtension.TYPE_SVG_MAP, Map.of())
                        .set(AdmonitionExtension.QUALIFIER_TYPE_MAP, Map.of())
                        .set(AdmonitionExtension.QUALIFIER_TITLE_MAP, Map.of())
                        .set(TablesExtension.COLUMN_SPANS, false)
                        .set(TablesExtension.APPEND_MISSING_COLUMNS, true)
                        .set(TablesExtension.DISCARD_EXTRA_COLUMNS, true)
                        .set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true)
                        .set(HtmlRenderer.ESCAPE_HTML, true)
                        .set(HtmlRenderer.GENERATE_HEADER_ID, true)
                        .set(HtmlRenderer.RENDER_HEADER_ID, true)
                        .set(HtmlRenderer.SOFT_BREAK, "\n")
                        // the library's own heading rule takes time in the square of a paragraph
                        .set(Parser.HEADING_PARSER, false);
        parser =
                Parser.builder(options)
                        .customBlockParserFactory(BlockStarts.headings())
                        .customBlockParserFactory(BlockStarts.admonitions())
                        .customInlineParserFactory(LinearInlineParser::new)
                        .paragraphPreProcessorFactory(new ReferencePreProcessorFactory())
                        .build();
        // admonitions are parsed by the library's rule but rendered by Admonitions, without icons
        renderer =
                HtmlRenderer.builder(options)
                        .nodeRendererFactory(Admonitions.factory())
                        .nodeRendererFactory(options1 -> new PlainTextRenderer())
                        .linkResolverFactory(new BlockUnsafeLinks())
                        .htmlIdGeneratorFactory(
                                new HeaderIdGeneratorFactory() {
                                    @Override
                                    public HtmlIdGenerator create(LinkResolverContext context) {
                                        return new AssignedIds();
                                    }

                                    @Override
                                    public HtmlIdGenerator create() {
                                        return new AssignedIds();
                                    }
                                })
                        .build();
    }

    public RenderedPage render(PageSource page, Expansion expansion, Diagnostics diagnostics) {
        RenderedMarkdown markdown = markdown(page, expansion, false);
        diagnostics.addAll(markdown.diagnostics());
        return markdown.page();
    }

    /**
     * The page rendered; with {@code refillable}, also where its fragments went, so that a fact
     * edit can put others in ({@link RenderedMarkdown#refill}).
     */
    public RenderedMarkdown markdown(PageSource page, Expansion expansion, boolean refillable) {
        Diagnostics diagnostics = new Diagnostics();
        int costly = MarkdownLimits.costlyParagraphLine(expansion.text());
        if (costly > 0) {
            diagnostics.error(
                    "markdown",
                    new SourcePosition(page.file(), costly, 1),
                    "this paragraph has too much inline markup"
                            + " (links, entities, code spans, tags) to render in bounded time: split it into shorter paragraphs");
            return RenderedMarkdown.refused(page, expansion, diagnostics.all());
        }
        Optional<RepetitionLimits.Breach> repeated = RepetitionLimits.first(expansion.text());
        if (repeated.isPresent()) {
            RepetitionLimits.Breach breach = repeated.get();
            diagnostics.error(
                    "markdown",
                    new SourcePosition(page.file(), breach.line(), breach.column()),
                    breach.message());
            return RenderedMarkdown.refused(page, expansion, diagnostics.all());
        }
        try {
            return renderChecked(page, expansion, diagnostics, refillable);
        } catch (StackOverflowError e) {
            // the last line of defence: flexmark's parser and its regular expressions recurse on
            // some long constructs that no depth check before parsing can see (a line of 5,000
            // dashes)
            diagnostics.error(
                    "markdown",
                    new SourcePosition(page.file(), longestLine(expansion.text()), 0),
                    "the page cannot be"
                            + " rendered: some construct repeats or nests too deeply; its longest line, this one, is the likely cause");
            return RenderedMarkdown.refused(page, expansion, diagnostics.all());
        }
    }

    private RenderedMarkdown renderChecked(
            PageSource page, Expansion expansion, Diagnostics diagnostics, boolean refillable) {
        LineIndex lines = new LineIndex(expansion.text());
        int deepLine = MarkdownLimits.deepLine(expansion.text());
        if (deepLine >= 0) {
            return tooDeep(page, expansion, lines, deepLine, diagnostics);
        }
        Document document = parser.parse(expansion.text());
        Optional<Node> tooDeep = MarkdownLimits.tooDeep(document);
        if (tooDeep.isPresent()) {
            return tooDeep(page, expansion, lines, tooDeep.get().getStartOffset(), diagnostics);
        }
        String[] sourceLines = page.body().split("\n", -1);
        List<RenderedPage.Heading> headings = new ArrayList<>();
        List<String> headingTokens = new ArrayList<>();
        List<RenderedPage.Link> links = new ArrayList<>();
        Slugs slugs = new Slugs();
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading heading) {
                String raw = heading.getText().toString();
                String text = Tokens.plain(raw, expansion).strip();
                String id = slugs.next(text);
                heading.setAnchorRefId(id);
                headings.add(
                        new RenderedPage.Heading(
                                heading.getLevel(),
                                text,
                                id,
                                lines.lineOf(heading.getStartOffset()) + 1));
                headingTokens.add(raw.indexOf(Expansion.OPEN) >= 0 ? raw : null);
            } else if (node instanceof AdmonitionBlock admonition) {
                Admonitions.check(admonition, page, lines, diagnostics);
            } else if (node instanceof Link
                    || node instanceof Image
                    || node instanceof Reference
                    || node instanceof AutoLink) {
                link((LinkNodeBase) node, page, lines, sourceLines, diagnostics)
                        .ifPresent(links::add);
            }
        }
        return RenderedMarkdown.filled(
                page,
                expansion,
                renderer.render(document),
                headings,
                headingTokens,
                links,
                PlainText.sections(document, page.title(), expansion),
                diagnostics.all(),
                refillable);
    }

    private static RenderedMarkdown tooDeep(
            PageSource page,
            Expansion expansion,
            LineIndex lines,
            int offset,
            Diagnostics diagnostics) {
        int line = lines.lineOf(offset);
        diagnostics.error(
                "markdown",
                new SourcePosition(page.file(), line + 1, offset - lines.startOf(line) + 1),
                "quotes, lists or emphasis nest deeper than "
                        + MarkdownLimits.MAX_DEPTH
                        + " levels: flatten them");
        return RenderedMarkdown.refused(page, expansion, diagnostics.all());
    }

    private static int longestLine(String text) {
        int longest = 1;
        int longestLength = -1;
        int line = 1;
        for (int start = 0; start <= text.length(); line++) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            if (end - start > longestLength) {
                longest = line;
                longestLength = end - start;
            }
            start = end + 1;
        }
        return longest;
    }

    private Optional<RenderedPage.Link> link(
            LinkNodeBase node,
            PageSource page,
            LineIndex lines,
            String[] sourceLines,
            Diagnostics diagnostics) {
        BasedSequence url = node.getUrl();
        String raw = url.unescape();
        SourcePosition at =
                position(
                        page,
                        lines,
                        url.isEmpty() ? node.getStartOffset() : url.getStartOffset(),
                        raw,
                        sourceLines);
        LinkTargets.Target target = LinkTargets.classify(raw, page.id());
        String href = raw;
        if (target.kind() == LinkTargets.Kind.UNSAFE) {
            diagnostics.error("unsafe-link", at, "link '" + raw + "' refused: " + target.reason());
            href = "#blocked-link";
        } else if (target.kind() == LinkTargets.Kind.RELATIVE) {
            href = publishedHref(raw.strip());
        }
        if (!href.equals(raw)) {
            node.setUrl(BasedSequence.of(href));
        }
        return Optional.of(new RenderedPage.Link(raw, href, at, node instanceof Image));
    }

    /** {@code a/b.md#x} is published as {@code a/b.html#x}. */
    static String publishedHref(String raw) {
        int cut = raw.length();
        for (int i = 0; i < raw.length(); i++) {
            if (raw.charAt(i) == '#' || raw.charAt(i) == '?') {
                cut = i;
                break;
            }
        }
        String path = raw.substring(0, cut);
        return path.endsWith(".md")
                ? path.substring(0, path.length() - 3) + ".html" + raw.substring(cut)
                : raw;
    }

    /**
     * The source position of an offset in the expanded text. Lines are the same as in the source;
     * on a line where a fact reference changed the length, the column is found in the source line.
     */
    private static SourcePosition position(
            PageSource page, LineIndex lines, int offset, String raw, String[] sourceLines) {
        int line = lines.lineOf(offset);
        int column = offset - lines.startOf(line);
        if (line < sourceLines.length
                && !raw.isEmpty()
                && !lines.line(line).equals(sourceLines[line])
                && sourceLines[line].contains(raw)) {
            column = sourceLines[line].indexOf(raw);
        }
        return new SourcePosition(page.file(), line + 1, column + 1);
    }

    /**
     * Every URL flexmark writes into an href or src passes here: one that is not publishable
     * becomes {@code #blocked-link}, even from a node kind the checks do not rewrite (an autolink,
     * say) and even when the unsafe-link rule was lowered to a warning.
     */
    private static final class BlockUnsafeLinks extends IndependentLinkResolverFactory {
        @Override
        public LinkResolver apply(LinkResolverBasicContext context) {
            return (node, basicContext, link) ->
                    LinkTargets.isPublishable(link.getUrl()) ? link : link.withUrl("#blocked-link");
        }
    }

    /** Ids were assigned from the Markdown tree before rendering; the renderer just reads them. */
    private static final class AssignedIds implements HtmlIdGenerator {
        @Override
        public void generateIds(Document document) {}

        @Override
        public String getId(Node node) {
            return node instanceof Heading h ? h.getAnchorRefId() : null;
        }

        @Override
        public String getId(CharSequence text) {
            return Slugs.slug(text.toString());
        }
    }
}
