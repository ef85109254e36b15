package com.sparkfabrik.handbook.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Checks the links of HTML pages offline, against an index of the site built once: every file and
 * directory, and the ids and {@code <a name>}s of every page. Each page is parsed once, without
 * jsoup's position tracking; pages are parsed and checked in parallel; only the pages with
 * something to report are parsed a second time, with positions, to place it. http(s) links are
 * collected on request, not fetched (see {@link ExternalLinkChecker}).
 */
public final class LinkChecker {

    private final FileTree site;
    private final LinkCheckOptions options;
    private final Map<String, Set<String>> anchors = new ConcurrentHashMap<>();

    private LinkChecker(FileTree site, LinkCheckOptions options) {
        this.site = site;
        this.options = options;
    }

    /**
     * Checks the links of {@code htmlFiles}. Every file under {@code root} is indexed once;
     * root-relative links ({@code /x.html}) resolve against it; relative links may point outside it
     * (looked up on disk). Paths in the result are relative to {@code root}.
     */
    public static LinkCheckResult check(Path root, List<Path> htmlFiles, LinkCheckOptions options) {
        DiskFileTree site = DiskFileTree.walk(root);
        List<String> pages = htmlFiles.stream().map(site::relativize).sorted().toList();
        return new LinkChecker(site, options).run(pages);
    }

    /**
     * Checks every HTML file ({@code .html}, {@code .htm}) under {@code folder}, which is usually
     * {@code root} itself; with one walk when the folder lies inside the root.
     */
    public static LinkCheckResult checkFolder(Path folder, Path root, LinkCheckOptions options) {
        DiskFileTree site = DiskFileTree.walk(root);
        String relative = site.relativize(folder);
        List<String> pages =
                relative.equals("..") || relative.startsWith("../")
                        ? DiskFileTree.walk(folder).htmlFilesUnder(folder).stream()
                                .map(page -> site.relativize(folder.resolve(page)))
                                .toList()
                        : site.htmlFilesUnder(folder);
        return new LinkChecker(site, options).run(pages);
    }

    /**
     * Checks a site held in memory: {@code pages} maps each HTML page's path (relative to the site
     * root, forward slashes) to its HTML; {@code otherFiles} are the paths of every other file
     * (assets) the site will hold. A link that leaves the site is broken.
     */
    public static LinkCheckResult check(
            Map<String, String> pages, Collection<String> otherFiles, LinkCheckOptions options) {
        List<String> paths = pages.keySet().stream().sorted().toList();
        return new LinkChecker(new MemoryFileTree(pages, otherFiles), options).run(paths);
    }

    /**
     * Scans one HTML page of a site being built, once, for its anchors and links: what {@link
     * #check(List, Collection, Function, LinkCheckOptions)} checks later without the HTML.
     */
    public static ScannedPage scan(String path, String html, LinkCheckOptions options) {
        return new PageScanner(options, true).scan(path, html, false);
    }

    /** Whether the site serves {@code path} as an HTML page, whose links are checked. */
    public static boolean isPage(String path) {
        return Hrefs.isHtml(path);
    }

    /**
     * Checks a site held as the scans of its HTML pages: {@code files} are the paths of all its
     * files, pages included; {@code html} gives a page's HTML again, only to place what is found on
     * it (null for other files). A link that leaves the site is broken.
     */
    public static LinkCheckResult check(
            List<ScannedPage> pages,
            Collection<String> files,
            Function<String, String> html,
            LinkCheckOptions options) {
        List<ScannedPage> sorted =
                pages.stream().sorted(Comparator.comparing(ScannedPage::path)).toList();
        return new LinkChecker(new MemoryFileTree(html, files), options)
                .check(new PageScanner(options, false), sorted);
    }

    /**
     * Checks each page as soon as it is read, in parallel, and drops it: only its anchors are kept,
     * and the fragments of other pages it names, checked once every page's anchors are known.
     */
    private LinkCheckResult run(List<String> pages) {
        PageScanner scanner = new PageScanner(options, false);
        LinkResolver resolver = new LinkResolver(site, options, this::anchorsOf);
        List<LinkResolver.PageOutcome> outcomes =
                pages.parallelStream()
                        .map(
                                page -> {
                                    ScannedPage scanned = scanner.read(page, read(page));
                                    anchors.put(page, scanned.anchors());
                                    return resolver.check(scanned);
                                })
                        .toList();
        return report(scanner, resolver, outcomes);
    }

    private LinkCheckResult check(PageScanner scanner, List<ScannedPage> scanned) {
        for (ScannedPage page : scanned) {
            anchors.put(page.path(), page.anchors());
        }
        LinkResolver resolver = new LinkResolver(site, options, this::anchorsOf);
        return report(scanner, resolver, scanned.parallelStream().map(resolver::check).toList());
    }

    private LinkCheckResult report(
            PageScanner scanner, LinkResolver resolver, List<LinkResolver.PageOutcome> checked) {
        List<LinkResolver.PageOutcome> outcomes =
                checked.parallelStream().map(resolver::settle).toList();
        List<Located> located =
                outcomes.parallelStream()
                        .filter(outcome -> !outcome.findings().isEmpty())
                        .map(outcome -> locate(scanner, outcome))
                        .toList();
        List<LinkProblem> problems = new ArrayList<>();
        List<ExternalLink> externals = new ArrayList<>();
        for (Located page : located) {
            problems.addAll(page.problems());
            externals.addAll(page.externalLinks());
        }
        problems.sort(null);
        int links = outcomes.stream().mapToInt(LinkResolver.PageOutcome::links).sum();
        return new LinkCheckResult(problems, externals, outcomes.size(), links);
    }

    private record Located(List<LinkProblem> problems, List<ExternalLink> externalLinks) {}

    /**
     * Scans a page again, with positions, to place its findings: only pages with something to
     * report.
     */
    private Located locate(PageScanner scanner, LinkResolver.PageOutcome outcome) {
        List<ScannedPage.Link> links =
                scanner.scan(outcome.page(), read(outcome.page()), true).links();
        List<LinkProblem> problems = new ArrayList<>();
        List<ExternalLink> externals = new ArrayList<>();
        for (LinkResolver.Finding finding : outcome.findings()) {
            ScannedPage.Link link = links.get(finding.link()).at(finding.offset());
            int line = Math.max(0, link.line());
            int column = Math.max(0, link.column());
            if (finding.kind() == null) {
                externals.add(
                        new ExternalLink(
                                outcome.page(), line, column, finding.href(), finding.target()));
            } else {
                problems.add(
                        new LinkProblem(
                                finding.kind(),
                                outcome.page(),
                                line,
                                column,
                                finding.href(),
                                finding.target(),
                                finding.reason()));
            }
        }
        return new Located(problems, externals);
    }

    /**
     * The anchors of a target page: from the scan if it was checked, else parsed once on first use;
     * null if the site cannot say (an HTML file the in-memory build lists only by path).
     */
    private Set<String> anchorsOf(String page) {
        Set<String> known = anchors.get(page);
        if (known != null) {
            return known;
        }
        return anchors.computeIfAbsent(
                page,
                p -> {
                    String html = read(p);
                    return html == null ? null : PageScanner.anchors(html);
                });
    }

    private String read(String page) {
        try {
            return site.read(page);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + page + ": " + e.getMessage(), e);
        }
    }
}
