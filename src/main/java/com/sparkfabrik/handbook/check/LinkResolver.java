package com.sparkfabrik.handbook.check;

import com.sparkfabrik.handbook.check.LinkProblem.Kind;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Resolves each link of a scanned page against the site and judges it: the target file, the
 * directory index, the fragment. Pure string work per link; the only shared state is the site index
 * and the anchor lookup, both safe to use from several threads.
 */
final class LinkResolver {

    private final FileTree site;
    private final LinkCheckOptions options;
    private final Function<String, Set<String>> anchorsOf;
    private final Set<Seen> fine = ConcurrentHashMap.newKeySet();
    private final LinkTargets targets;

    LinkResolver(FileTree site, LinkCheckOptions options, Function<String, Set<String>> anchorsOf) {
        this.site = site;
        this.options = options;
        this.anchorsOf = anchorsOf;
        this.targets = new LinkTargets(site, options);
    }

    /**
     * Something to report about one URL of a page: a problem, or an external link. It points at the
     * link by its index in the page's link list (and the offset of a srcset candidate), so
     * positions are looked up only for the few pages that need them.
     *
     * @param kind the problem, or null for an external link (then {@code target} is its URL)
     */
    record Finding(int link, int offset, Kind kind, String href, String target, String reason) {}

    /**
     * What relative links of a page resolve against: the page itself, or its {@code <base href>}
     * which is either inside the site ({@code basePath}), an absolute web URL ({@code
     * externalBase}), or something no file can be found under ({@code uncheckable}, e.g. {@code
     * file:}).
     */
    private record Base(String basePath, String externalBase, boolean uncheckable) {}

    /**
     * A fragment of another page that a link names: checked once every page's anchors are known, so
     * a page can be checked, and dropped, as soon as it is read.
     */
    record Deferred(int link, int offset, String href, String target, String fragment) {}

    /**
     * The findings of one page, the fragments of other pages it names (not yet checked), and how
     * many URLs it had.
     */
    record PageOutcome(String page, List<Finding> findings, List<Deferred> deferred, int links) {}

    PageOutcome check(ScannedPage page) {
        PageRun run = new PageRun(page);
        List<ScannedPage.Link> links = page.links();
        for (int i = 0; i < links.size(); i++) {
            ScannedPage.Link link = links.get(i);
            run.link = i;
            run.offset = 0;
            if (link.attribute() == null) {
                run.count++;
                run.problem(Kind.EMPTY_LINK, "", "", "<a> has no href");
            } else if (link.isUsemap()) {
                // the scanner keeps only the usemaps that name no map of the page
                run.count++;
                run.problem(
                        Kind.BROKEN_ANCHOR,
                        link.value(),
                        page.path() + link.value(),
                        "no <map> named '" + link.value().replaceFirst("^#", "") + "' on the page");
            } else if (link.isSrcset()) {
                for (Srcset.Candidate candidate : Srcset.candidates(link.value())) {
                    run.count++;
                    run.offset = candidate.offset();
                    checkOne(run, link, candidate.url());
                }
            } else {
                run.count++;
                checkOnce(run, link);
            }
        }
        return new PageOutcome(page.path(), run.findings, run.deferred, run.count);
    }

    /**
     * The page's outcome with its deferred fragments checked, each finding where its link stands:
     * in link order, as if checked at once.
     */
    PageOutcome settle(PageOutcome outcome) {
        if (outcome.deferred().isEmpty()) {
            return outcome;
        }
        List<Finding> findings = new ArrayList<>(outcome.findings());
        for (Deferred fragment : outcome.deferred()) {
            Finding broken =
                    anchorFinding(
                            fragment.link(),
                            fragment.offset(),
                            fragment.href(),
                            fragment.target(),
                            fragment.fragment());
            if (broken != null) {
                findings.add(broken);
            }
        }
        findings.sort(Comparator.comparingInt(Finding::link).thenComparingInt(Finding::offset));
        return new PageOutcome(outcome.page(), findings, List.of(), outcome.links());
    }

    /**
     * A link's URL, in a folder: whether it found something or nothing at all depends on these
     * alone when it names a path (an empty path, "#x" or "?q", is the page itself).
     */
    private record Seen(String tag, String value, String folder) {}

    /**
     * Checks a link, unless the same URL of the same element was found fine from the same folder
     * before: the navigation repeats the same links on every page of a folder.
     */
    private void checkOnce(PageRun run, ScannedPage.Link link) {
        String value = link.value();
        char first = value.isEmpty() ? '#' : value.charAt(0);
        if (run.folder == null || first == '#' || first == '?' || first <= ' ') {
            checkOne(run, link, value);
            return;
        }
        Seen seen = new Seen(link.tag(), value, run.folder);
        if (fine.contains(seen)) {
            return;
        }
        int findings = run.findings.size();
        int deferred = run.deferred.size();
        checkOne(run, link, value);
        if (run.findings.size() == findings && run.deferred.size() == deferred) {
            fine.add(seen);
        }
    }

    /** The state of checking one page: where we are, and what was found. */
    private final class PageRun {
        final ScannedPage page;
        final Base base;
        final List<Finding> findings = new ArrayList<>(0);
        final List<Deferred> deferred = new ArrayList<>(0);
        int link;
        int offset;
        int count;

        /** The page's folder when its links resolve against the page, else null. */
        final String folder;

        PageRun(ScannedPage page) {
            this.page = page;
            this.base = baseOf(page);
            this.folder = page.baseHref() == null ? Hrefs.directoryOf(page.path()) : null;
        }

        void problem(Kind kind, String href, String target, String reason) {
            findings.add(new Finding(link, offset, kind, href, target, reason));
        }

        void external(String href, String url) {
            if (options.collectExternalLinks()) {
                int hash = url.indexOf('#');
                findings.add(
                        new Finding(
                                link,
                                offset,
                                null,
                                href,
                                hash < 0 ? url : url.substring(0, hash),
                                null));
            }
        }
    }

    private void checkOne(PageRun run, ScannedPage.Link link, String raw) {
        String href = Hrefs.clean(raw);
        String path = run.page.path();
        if (href.isEmpty()) {
            if (!link.isHyperlink()) {
                run.problem(Kind.BROKEN_LINK, raw, path, "empty " + link.attribute());
            } else if (!options.emptyHrefValid()) {
                run.problem(Kind.EMPTY_LINK, raw, path, "href is empty");
            }
            return;
        }
        String scheme = Hrefs.scheme(href);
        if (scheme != null) {
            switch (scheme) {
                case "http", "https" -> run.external(raw, href);
                case "javascript", "vbscript" ->
                        run.problem(Kind.UNSAFE_LINK, raw, href, scheme + ": URLs run code");
                case "data" -> {
                    if (link.isNavigable()) {
                        run.problem(
                                Kind.UNSAFE_LINK,
                                raw,
                                "data:",
                                "data: URLs are not allowed in <"
                                        + link.tag()
                                        + " "
                                        + link.attribute()
                                        + ">");
                    }
                }
                default -> {
                    // mailto:, tel:, ftp: and the like: nothing to check offline
                }
            }
            return;
        }
        if (href.startsWith("//") || href.startsWith("\\\\")) {
            run.external(raw, "https:" + href.replace('\\', '/'));
            return;
        }
        if (href.equals("#") && !options.hashHrefValid()) {
            run.problem(Kind.EMPTY_LINK, raw, path + "#", "'#' goes nowhere");
            return;
        }
        if (run.base.uncheckable()) {
            return;
        }
        if (run.base.externalBase() != null) {
            String absolute = resolveAgainstWeb(run.base.externalBase(), href);
            if (absolute != null) {
                run.external(raw, absolute);
            }
            return;
        }
        checkInternal(run, raw, href);
    }

    private void checkInternal(PageRun run, String raw, String href) {
        int hash = href.indexOf('#');
        String fragment = hash < 0 ? null : href.substring(hash + 1);
        String beforeFragment = hash < 0 ? href : href.substring(0, hash);
        int query = beforeFragment.indexOf('?');
        String path = query < 0 ? beforeFragment : beforeFragment.substring(0, query);
        if (path.indexOf('\\') >= 0) {
            path = path.replace('\\', '/'); // browsers read \ as / in web URLs
        }
        String resolved;
        if (path.isEmpty()) {
            resolved = run.base.basePath();
        } else if (path.charAt(0) == '/') {
            resolved = Hrefs.resolvePath("", path.substring(1), true);
        } else {
            resolved = Hrefs.resolvePath(Hrefs.directoryOf(run.base.basePath()), path, false);
        }
        resolved = Hrefs.percentDecode(resolved);
        LinkTargets.Target target = targets.find(resolved);
        if (target.failure() != null) {
            run.problem(Kind.BROKEN_LINK, raw, display(resolved), target.failure());
            return;
        }
        if (fragment == null || target.path() == null) {
            return;
        }
        if (!target.path().equals(run.page.path())) {
            run.deferred.add(new Deferred(run.link, run.offset, raw, target.path(), fragment));
            return;
        }
        Finding broken = anchorFinding(run.link, run.offset, raw, target.path(), fragment);
        if (broken != null) {
            run.findings.add(broken);
        }
    }

    /** A broken anchor if {@code target} has no such fragment, else null. */
    private Finding anchorFinding(
            int link, int offset, String href, String target, String fragment) {
        String missing = missingFragment(target, fragment);
        if (missing == null) {
            return null;
        }
        return new Finding(
                link,
                offset,
                Kind.BROKEN_ANCHOR,
                href,
                target + "#" + missing,
                "no id or name '" + missing + "' in " + target);
    }

    /**
     * The fragment as reported if the target has no such id or name, else null. The raw fragment is
     * tried first, then its percent-decoded UTF-8 form. Empty, {@code top} (any case) and text
     * fragments ({@code :~:text=}) always match; fragments of non-HTML files, and of HTML files
     * whose content the site does not hold, are not checked.
     */
    private String missingFragment(String target, String fragment) {
        int directive = fragment.indexOf(":~:");
        String id = directive < 0 ? fragment : fragment.substring(0, directive);
        if (id.isEmpty() || id.equalsIgnoreCase("top") || !Hrefs.isHtml(target)) {
            return null;
        }
        Set<String> ids = anchorsOf.apply(target);
        if (ids == null || ids.contains(id)) {
            return null;
        }
        String decoded = Hrefs.percentDecode(id);
        if (!decoded.equals(id) && ids.contains(decoded)) {
            return null;
        }
        return decoded;
    }

    private Base baseOf(ScannedPage page) {
        String href = page.baseHref() == null ? "" : Hrefs.clean(page.baseHref());
        if (href.isEmpty()) {
            return new Base(page.path(), null, false);
        }
        String scheme = Hrefs.scheme(href);
        if (scheme != null) {
            return switch (scheme) {
                case "http", "https" -> new Base(page.path(), href, false);
                case "javascript", "data" ->
                        new Base(page.path(), null, false); // browsers ignore such a base
                default -> new Base(page.path(), null, true);
            };
        }
        if (href.startsWith("//")) {
            return new Base(page.path(), "https:" + href, false);
        }
        int end = href.length();
        int hash = href.indexOf('#');
        int query = href.indexOf('?');
        if (hash >= 0) {
            end = hash;
        }
        if (query >= 0 && query < end) {
            end = query;
        }
        String path = href.substring(0, end);
        if (path.isEmpty()) {
            return new Base(page.path(), null, false);
        }
        String resolved =
                path.charAt(0) == '/'
                        ? Hrefs.resolvePath("", path.substring(1), true)
                        : Hrefs.resolvePath(Hrefs.directoryOf(page.path()), path, false);
        return new Base(resolved, null, false);
    }

    /**
     * Resolves a link against an absolute web base; null if either does not parse (then nothing is
     * checked).
     */
    private static String resolveAgainstWeb(String base, String href) {
        try {
            return URI.create(base).resolve(href).toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String display(String path) {
        return path.isEmpty() ? "/" : path;
    }
}
