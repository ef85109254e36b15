package com.sparkfabrik.handbook.render;

import com.sparkfabrik.handbook.content.RenderedPage;
import com.sparkfabrik.handbook.policy.OpenQuestion;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * The search index, split so that a query loads only what it needs: a small manifest, the one term
 * shard (a range of the sorted terms) that holds the query's words, every section of a common word
 * among them, and the chunks of sections its first results are in. Every file is a script that
 * hands its data to {@code HANDBOOK_SEARCH.loaded}, so search works from {@code file://} too (a
 * browser will not fetch a JSON file there). A section is what a result points at: a page's part
 * under one heading.
 */
final class SearchIndex {

    static final String FOLDER = "assets/search/";

    /**
     * Upper size of a term shard in characters of JSON, and sections per chunk: a query of five
     * words loads at most ten shards and ten chunks, well under 300 KB (docs/search.md).
     */
    static final int SHARD_CHARS = 16_000;

    static final int CHUNK_SECTIONS = 4;

    /** Text kept per section for snippets; every word still counts for finding it. */
    static final int SNIPPET_TEXT = 2_000;

    static final int HEADING_WEIGHT = 16;
    private static final int MAX_COUNT = 15;
    private static final int TYPICAL_TERMS = 120;
    private static final int DETAIL_BONUS = 5;

    private SearchIndex() {}

    /** One section as the index holds it: where it is, what it shows, and its term weights. */
    record Section(String url, String title, String heading, String text, TermWeights weights) {}

    /**
     * The sections of one page; made page by page, so a rebuild redoes only changed pages. {@code
     * callouts} are the open questions the layout shows under a section, {@code detailedFacts} the
     * statements of the facts a section details, each by section anchor.
     */
    static List<Section> entry(
            RenderedPage page,
            Map<String, List<OpenQuestion>> callouts,
            Map<String, List<String>> detailedFacts,
            Map<String, String> notes) {
        String path = page.source().outputPath();
        List<Section> sections = new ArrayList<>();
        for (RenderedPage.Section s : page.sections()) {
            sections.add(
                    section(
                            path,
                            page.source().title(),
                            s.id(),
                            s.heading(),
                            s.text(),
                            callouts,
                            detailedFacts.getOrDefault(s.id(), List.of()),
                            notes.getOrDefault(s.id(), "")));
        }
        return sections;
    }

    /**
     * How much a term's count says about a section, from 1 to 15: BM25's saturating term frequency
     * (k1 = 1.2, b = 0.75) against a typical section of {@value #TYPICAL_TERMS} terms, so a word in
     * a short section outweighs the same word once in a long list.
     */
    static int bodyWeight(int count, int sectionTerms) {
        double norm = 1.2 * (0.25 + 0.75 * sectionTerms / (double) TYPICAL_TERMS);
        double saturated = count * 2.2 / (count + norm);
        return (int) Math.max(1, Math.min(MAX_COUNT, Math.round(saturated * 6)));
    }

    /** One section: its words weighed, its text cut for snippets. */
    private static Section section(
            String path,
            String title,
            String id,
            String heading,
            String text,
            Map<String, List<OpenQuestion>> callouts,
            List<String> detailedStatements,
            String note) {
        // what the layout adds under the heading: a change note, then the callout
        String shown = note.isEmpty() ? text : note + " " + text;
        if (callouts.containsKey(id)) {
            // the open-question callout the layout puts under the heading
            StringBuilder callout = new StringBuilder("Open question");
            callouts.get(id)
                    .forEach(
                            q ->
                                    callout.append(' ')
                                            .append(q.question())
                                            .append(" What the source says"));
            shown = (note.isEmpty() ? "" : note + " ") + callout + " " + text;
        }
        SectionWeights weights = new SectionWeights(SearchTerms.of(shown), SearchIndex::bodyWeight);
        // the section that details a fact ranks above the summaries that repeat it
        for (String statement : detailedStatements) {
            for (String term : SearchTerms.of(statement)) {
                weights.raise(term, DETAIL_BONUS, MAX_COUNT);
            }
        }
        for (String term : SearchTerms.of(heading)) {
            weights.heading(term, HEADING_WEIGHT);
        }
        String snippetText =
                shown.length() > SNIPPET_TEXT ? shown.substring(0, SNIPPET_TEXT) : shown;
        String url = id.isEmpty() ? path : path + "#" + id;
        return new Section(url, title, heading, snippetText, weights.done());
    }

    /**
     * The sections of a page the site generates itself (no Markdown behind it), read from its body
     * HTML: a section starts at each heading with an id.
     */
    static List<Section> entryOfHtml(String path, String title, String bodyHtml) {
        List<RenderedPage.Section> sections = new ArrayList<>();
        String[] current = {"", title};
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(
                (node, depth) -> {
                    if (node instanceof Element e && isHeading(e) && e.hasAttr("id")) {
                        sections.add(
                                new RenderedPage.Section(
                                        current[0], current[1], text.toString().strip()));
                        current[0] = e.id();
                        current[1] = e.text();
                        text.setLength(0);
                    } else if (node instanceof TextNode t && !isHeading(t.parent())) {
                        text.append(t.text()).append(' ');
                    } else if (node instanceof Element e && e.isBlock()) {
                        text.append(' ');
                    }
                },
                Jsoup.parseBodyFragment(bodyHtml).body());
        sections.add(new RenderedPage.Section(current[0], current[1], text.toString().strip()));
        List<Section> out = new ArrayList<>();
        for (RenderedPage.Section s : sections) {
            String words = s.text().replaceAll("\\s+", " ");
            out.add(section(path, title, s.id(), s.heading(), words, Map.of(), List.of(), ""));
        }
        return out;
    }

    private static boolean isHeading(Node node) {
        return node instanceof Element e && e.normalName().matches("h[2-6]");
    }

    /** The index files (path to script) of these pages' sections, in page-id order. */
    static Map<String, String> files(List<List<Section>> pages) {
        Map<String, String> files = new LinkedHashMap<>();
        write(pages, files::put);
        return files;
    }

    /**
     * Hands each index file (path, script) of these pages' sections to {@code sink} as it is made,
     * so a build holds only one at a time: term shards, then chunks, then each common word's
     * sections, then the manifest.
     */
    static void write(List<List<Section>> pages, BiConsumer<String, String> sink) {
        IndexScripts files = new IndexScripts(FOLDER, sink);
        List<Section> docs = pages.stream().flatMap(List::stream).toList();
        List<String> shardStarts = new ArrayList<>();
        Map<String, int[]> shard = new TreeMap<>();
        int shardChars = 0;
        SearchPostings postings = SearchPostings.of(docs);
        for (Map.Entry<String, int[]> term : postings.weighted().entrySet()) {
            if (shardChars > SHARD_CHARS) {
                files.put("t" + (shardStarts.size() - 1), shard);
                shard = new TreeMap<>();
                shardChars = 0;
            }
            if (shard.isEmpty()) {
                shardStarts.add(term.getKey());
            }
            shard.put(term.getKey(), term.getValue());
            shardChars += term.getKey().length() + 5 * term.getValue().length + 4;
        }
        if (!shard.isEmpty()) {
            files.put("t" + (shardStarts.size() - 1), shard);
        }
        // a fixed number of sections per chunk: the browser finds a section's chunk by division,
        // so the manifest stays a few kilobytes at any size
        for (int start = 0; start < docs.size(); start += CHUNK_SECTIONS) {
            List<Object> chunk = new ArrayList<>();
            for (Section s : docs.subList(start, Math.min(docs.size(), start + CHUNK_SECTIONS))) {
                chunk.add(List.of(s.url(), s.title(), s.heading(), s.text()));
            }
            files.put("d" + start / CHUNK_SECTIONS, chunk);
        }
        // every section of each common word, a bit per section (base64 of the bytes, lowest bit
        // first): at 10,000 pages (65,000 sections) 11 KB a word, loaded only for a query with it
        List<String> common = new ArrayList<>(postings.complete().keySet());
        for (int i = 0; i < common.size(); i++) {
            byte[] bits = postings.complete().get(common.get(i)).toByteArray();
            files.put("x" + i, Base64.getEncoder().encodeToString(bits));
        }
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("sections", docs.size());
        manifest.put("shards", shardStarts);
        manifest.put("chunk", CHUNK_SECTIONS);
        manifest.put("common", common);
        files.put("manifest", manifest);
        files.flush();
    }
}
