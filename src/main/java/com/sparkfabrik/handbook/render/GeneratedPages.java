package com.sparkfabrik.handbook.render;

import com.sparkfabrik.handbook.content.FactMarkup;
import com.sparkfabrik.handbook.content.HtmlEscaper;
import com.sparkfabrik.handbook.content.PageSource;
import com.sparkfabrik.handbook.content.RenderedPage;
import com.sparkfabrik.handbook.policy.Policy;
import com.sparkfabrik.handbook.policy.SchemaId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * What every site has beside its content pages: a 404 page, a home and a TL;DR page when the
 * content has none, the What changed and open questions pages, the sitemap, the search index and
 * the built-in files.
 */
public final class GeneratedPages {

    /** Written only with a base URL: the sitemap protocol requires absolute locations. */
    public static final String SITEMAP = "sitemap.xml";

    /** The folder of the search index: the site's own, whether or not a run makes the index. */
    public static final String SEARCH_FOLDER = SearchIndex.FOLDER;

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

    private final Policy policy;
    private final Navigation navigation;
    private final PageContext site;
    private final Map<String, Object> siteContext;

    GeneratedPages(
            Policy policy, Navigation navigation, PageContext site, Map<String, Object> context) {
        this.policy = policy;
        this.navigation = navigation;
        this.site = site;
        this.siteContext = context;
    }

    /** The paths of generated pages the content may have instead. */
    public static final List<String> REPLACEABLE =
            List.of(
                    "404.html",
                    "index.html",
                    "tldr.html",
                    FactMarkup.OPEN_QUESTIONS_PAGE + ".html");

    /** Generated pages by path, and their search entries. */
    public record Made(Map<String, byte[]> pages, List<PageLayout.SearchEntry> search) {

        /** Adds the pages to {@code files}, after the content pages. */
        public void addTo(OutputFiles files) {
            pages.forEach(files::add);
        }
    }

    /**
     * The generated pages the content does not have ({@code has}: whether the content has a page at
     * a path of {@link #REPLACEABLE}) and their search entries; the 404 and TL;DR pages are not
     * searched (the TL;DR repeats the home page's).
     */
    public Made pages(Predicate<String> has) {
        Map<String, byte[]> pages = new LinkedHashMap<>();
        List<PageLayout.SearchEntry> search = new ArrayList<>();
        Map<String, String> t = InterfaceStrings.of(site.settings().language());
        if (!has.test("404.html")) {
            // served at any missing URL, however deep: only absolute links work from there
            String root = site.baseFolder();
            String body =
                    "<p>"
                            + t.get("not_found")
                                    .replace("{0}", HtmlEscaper.escape(root) + "index.html")
                            + "</p>";
            pages.put("404.html", bytes(page("404", t.get("not_found_title"), body, root)));
        }
        if (!has.test("index.html")) {
            // every page's header links home: a site whose content has no index.md gets one
            String home = homeHtml();
            add(pages, search, "index", policy.info().title(), home);
        }
        if (!has.test("tldr.html")) {
            // every footer links to the TL;DR page: one from the facts when the content has none
            pages.put(
                    "tldr.html",
                    bytes(page("tldr", "TL;DR", new FactMarkup(policy).tldr("tldr"), "")));
        }
        if (!site.changes().isEmpty()) {
            Map<String, Object> changes = new HashMap<>();
            changes.put("entries", site.changes().entries());
            changes.put("atom", site.changes().atom());
            add(
                    pages,
                    search,
                    "changes",
                    "What changed",
                    PageLayout.LAYOUT.render("changes", changes));
        }
        String questionsPage = FactMarkup.OPEN_QUESTIONS_PAGE;
        if (!policy.openQuestions().isEmpty() && !has.test(questionsPage + ".html")) {
            // callouts and the TL;DR link to the open questions: one from the policy when the
            // content has no such page
            String questions = new FactMarkup(policy).openQuestions(questionsPage);
            add(pages, search, questionsPage, "Open questions", questions);
        }
        return new Made(pages, search);
    }

    /**
     * The sitemap of these pages; only with a base URL (the protocol requires absolute locations),
     * else null.
     */
    public static String sitemap(List<RenderedPage> pages, PageContext site) {
        return site.baseUrl().isEmpty() ? null : Sitemap.render(pages, site.baseFolder());
    }

    /** The search index of these entries: a content page's entry wins over a generated one's. */
    public static Map<String, String> searchFiles(
            List<PageLayout.SearchEntry> generated, List<PageLayout.SearchEntry> pages) {
        return SearchIndex.files(searchSections(generated, pages));
    }

    /** The same files handed to {@code files} as each is made, none kept. */
    public static void addSearchFiles(
            List<PageLayout.SearchEntry> generated,
            List<PageLayout.SearchEntry> pages,
            OutputFiles files) {
        SearchIndex.write(searchSections(generated, pages), files::add);
    }

    private static List<List<SearchIndex.Section>> searchSections(
            List<PageLayout.SearchEntry> generated, List<PageLayout.SearchEntry> pages) {
        TreeMap<String, List<SearchIndex.Section>> entries = new TreeMap<>();
        generated.forEach(e -> entries.put(e.pageId(), e.sections()));
        pages.forEach(e -> entries.put(e.pageId(), e.sections()));
        return List.copyOf(entries.values());
    }

    /** The built-in files; each schema's {@code $id} says where the site publishes it. */
    public void addBuiltIns(OutputFiles files) {
        for (String builtIn : BUILT_IN) {
            byte[] bytes = resource(builtIn);
            files.add(
                    builtIn,
                    builtIn.startsWith("schema/")
                            ? SchemaId.publish(bytes, builtIn, site.baseFolder())
                            : bytes);
        }
    }

    private void add(
            Map<String, byte[]> pages,
            List<PageLayout.SearchEntry> search,
            String id,
            String title,
            String body) {
        pages.put(id + ".html", bytes(page(id, title, body, "")));
        search.add(
                new PageLayout.SearchEntry(id, SearchIndex.entryOfHtml(id + ".html", title, body)));
    }

    /** The generated home page: the TL;DR, then the top-level pages. */
    private String homeHtml() {
        return PageLayout.LAYOUT.render(
                "home",
                Map.of(
                        "tldr",
                        new FactMarkup(policy).tldr("index"),
                        "pages",
                        navigation.topLevel().stream()
                                .map(p -> Map.of("href", p.outputPath(), "title", p.title()))
                                .toList()));
    }

    /** A page of the site's own at the top level (not from content/), {@code id}.html. */
    private String page(String id, String title, String bodyHtml, String root) {
        PageSource source = new PageSource(id, "generated", title, 0, "", "");
        Map<String, Object> context = new HashMap<>();
        context.put("site", siteContext);
        context.put(
                "page",
                Map.of(
                        "id",
                        id,
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
                        false,
                        "changed",
                        Map.of()));
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
        return PageLayout.LAYOUT.render("layout", context);
    }

    /** The built-in files, read from the jar once: the dev server adds them after every edit. */
    private static final Map<String, byte[]> BUILT_IN_BYTES = new ConcurrentHashMap<>();

    static byte[] resource(String path) {
        return BUILT_IN_BYTES.computeIfAbsent(path, GeneratedPages::read).clone();
    }

    private static byte[] read(String path) {
        try (InputStream in = GeneratedPages.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing built-in resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(String html) {
        return html.getBytes(StandardCharsets.UTF_8);
    }
}
