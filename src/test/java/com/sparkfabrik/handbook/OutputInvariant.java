package com.sparkfabrik.handbook;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The output invariant every built site must satisfy, whatever its inputs: no script but the site's
 * own two (by relative {@code src}, no inline code), no event-handler attribute, no element that
 * loads or embeds active content, and every URL attribute relative, a fragment, http, https or
 * mailto, read the way a browser reads it (entities decoded by the HTML parser, whitespace and
 * control characters dropped, case ignored). Each search index file must hand one JSON value to the
 * search script. Call {@link #assertSafe(Path)} on every site a test builds.
 */
public final class OutputInvariant {

    /** Scripts the layout itself includes, relative to the site root. */
    static final Set<String> OWN_SCRIPTS = Set.of("assets/site.js", "assets/search.js");

    /** The second wall: scripts, styles and frames only from the site itself. */
    static final String CSP =
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https:;"
                    + " media-src 'self' https:; object-src 'none'; frame-src 'none';"
                    + " base-uri 'none'; form-action 'none'";

    /** Attributes whose value a browser treats as a URL. */
    static final Set<String> URL_ATTRIBUTES =
            Set.of(
                    "href",
                    "src",
                    "action",
                    "formaction",
                    "poster",
                    "data",
                    "srcset",
                    "background",
                    "cite",
                    "longdesc",
                    "manifest",
                    "ping",
                    "xlink:href",
                    "codebase",
                    "lowsrc",
                    "dynsrc",
                    "icon");

    static final Set<String> FORBIDDEN_ELEMENTS =
            Set.of(
                    "iframe",
                    "frame",
                    "frameset",
                    "object",
                    "embed",
                    "applet",
                    "base",
                    "form",
                    "svg",
                    "math",
                    "template",
                    "portal");
    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.\\-]*):");

    /** A search index file hands one JSON value, under its own name, to the search script. */
    private static final Pattern SEARCH_INDEX =
            Pattern.compile(
                    "\\AHANDBOOK_SEARCH\\.loaded\\(\"([a-z0-9]+)\",(.*)\\);\n\\z", Pattern.DOTALL);

    private OutputInvariant() {}

    /** Fails with every violation found in the site, one per line. */
    public static void assertSafe(Path site) {
        List<String> violations = violations(site);
        if (!violations.isEmpty()) {
            fail(
                    "the output invariant does not hold in "
                            + site
                            + ":\n"
                            + String.join("\n", violations));
        }
    }

    /** Every violation in the site; empty when it is safe. */
    public static List<String> violations(Path site) {
        List<String> violations = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(site)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (files.stream().noneMatch(f -> f.toString().endsWith(".html"))) {
            violations.add("no HTML page at all");
        }
        for (Path file : files) {
            String relative = site.relativize(file).toString().replace('\\', '/');
            if (relative.endsWith(".html")) {
                checkPage(relative, read(file), violations);
            } else if (relative.startsWith("assets/search/")) {
                checkSearchIndex(relative, read(file), violations);
            } else {
                OutputFileTypes.check(relative, bytes(file), violations);
            }
        }
        return violations;
    }

    /**
     * A redirect page of an alias: a refresh to a relative path of the site, next to the canonical
     * link to the same page.
     */
    private static boolean isAliasRedirect(Document document, Element meta) {
        Element canonical = document.selectFirst("link[rel=canonical]");
        String content = meta.attr("content");
        if (!meta.attr("http-equiv").equalsIgnoreCase("refresh")
                || canonical == null
                || !content.startsWith("0; url=")) {
            return false;
        }
        String target = content.substring("0; url=".length());
        return target.matches("(\\.\\./)*[a-z0-9_/-]+\\.html")
                && canonical.attr("href").endsWith(target.replaceFirst("^(\\.\\./)+", ""));
    }

    /** The violations of one HTML page, {@code relative} being its path in the site. */
    static void checkPage(String relative, String html, List<String> violations) {
        Document document = Jsoup.parse(html);
        if (document.select("head > meta[http-equiv=Content-Security-Policy]").size() != 1) {
            violations.add(relative + ": not exactly one Content-Security-Policy in <head>");
        }
        String root = "../".repeat((int) relative.chars().filter(c -> c == '/').count());
        String declared = document.body() == null ? "" : document.body().attr("data-root");
        if (relative.equals("404.html") && declared.matches("https?://[^\"'<>\\s]+/")) {
            // served at any depth, the 404 page reaches the site's own files through the base URL
            root = declared;
        }
        for (Element element : document.getAllElements()) {
            String tag = element.normalName();
            String where = relative + ": <" + tag + ">";
            if (FORBIDDEN_ELEMENTS.contains(tag)) {
                violations.add(where + " is not allowed");
            }
            if (tag.equals("script")) {
                String src = element.attr("src");
                if (!src.startsWith(root)
                        || !OWN_SCRIPTS.contains(src.substring(root.length()))
                        || !element.data().isEmpty()) {
                    violations.add(
                            where
                                    + " is not one of the site's own scripts: src='"
                                    + src
                                    + "', inline '"
                                    + abbreviate(element.data())
                                    + "'");
                }
            }
            if (tag.equals("meta")
                    && element.hasAttr("http-equiv")
                    && !(element.attr("http-equiv").equals("Content-Security-Policy")
                            && element.attr("content").equals(CSP))
                    && !isAliasRedirect(document, element)) {
                violations.add(where + " with http-equiv is not the layout's own policy");
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on")) {
                    violations.add(
                            where
                                    + " has an event handler "
                                    + name
                                    + "='"
                                    + abbreviate(attribute.getValue())
                                    + "'");
                } else if (URL_ATTRIBUTES.contains(name) && !isSafeUrl(attribute.getValue())) {
                    violations.add(
                            where
                                    + " has an unsafe "
                                    + name
                                    + "='"
                                    + abbreviate(attribute.getValue())
                                    + "'");
                } else if (name.equals("style")
                        && attribute
                                .getValue()
                                .toLowerCase(Locale.ROOT)
                                .matches("(?s).*(url|expression)\\s*\\(.*")) {
                    violations.add(
                            where
                                    + " has an active style='"
                                    + abbreviate(attribute.getValue())
                                    + "'");
                }
            }
        }
    }

    /**
     * Relative (no leading slash), a fragment, or http, https, mailto; read as a browser reads it.
     */
    public static boolean isSafeUrl(String value) {
        StringBuilder compact = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c > ' ' && !(c >= 0x7f && c <= 0x9f)) {
                compact.append(c);
            }
        }
        String url = compact.toString().toLowerCase(Locale.ROOT);
        if (url.startsWith("/") || url.startsWith("\\")) {
            return false;
        }
        Matcher scheme = SCHEME.matcher(url);
        if (scheme.find()) {
            return SAFE_SCHEMES.contains(scheme.group(1));
        }
        // a colon before any slash, question mark or hash would still be read as a scheme by some
        // parser
        int colon = url.indexOf(':');
        int stop = firstOf(url, "/?#");
        return colon < 0 || (stop >= 0 && stop < colon);
    }

    static void checkSearchIndex(String relative, String script, List<String> violations) {
        Matcher matcher = SEARCH_INDEX.matcher(script);
        if (!matcher.matches() || !relative.equals("assets/search/" + matcher.group(1) + ".js")) {
            violations.add(relative + ": not a single hand-over of this file's index data");
            return;
        }
        if (matcher.group(2).contains("</")) {
            violations.add(relative + ": contains '</'");
        }
        try {
            new ObjectMapper()
                    .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .readTree(matcher.group(2));
        } catch (JsonProcessingException e) {
            violations.add(
                    relative + ": the index is not one JSON value: " + e.getOriginalMessage());
        }
    }

    private static int firstOf(String s, String chars) {
        int first = -1;
        for (char c : chars.toCharArray()) {
            int at = s.indexOf(c);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "...";
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
