package com.sparkfabrik.handbook.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the links and anchors of a page whose markup is plain, without building its tree: known
 * elements only, every one closed by its own end tag in order (void ones aside), attribute values
 * quoted with only the basic character references, no comments, and nothing an HTML parser would
 * move, close, reopen or drop (a block in a paragraph, a list item outside a list, a table part out
 * of place, a link in a link, a heading in a heading). For such a page an HTML parser builds
 * exactly the tree its tags spell, so the scan equals {@link PageScanner}'s; anything else gives
 * empty, and the page is parsed. The layout writes plain pages: their text is escaped, their tags
 * balanced.
 */
final class PlainPages {

    private static final Set<String> VOID = words("meta link img input br hr source track wbr");

    /** Elements read as written; each closes only with its own end tag. */
    private static final Set<String> KNOWN =
            words(
                    "html head body title meta link script header nav main article section aside "
                            + "footer div p span a ul ol li h1 h2 h3 h4 h5 h6 strong em b i code pre "
                            + "blockquote hr br img input label details summary table thead tbody tr th td "
                            + "del s sup sub small kbd mark figure figcaption dl dt dd wbr");

    /** Start tags that close an open paragraph. */
    private static final Set<String> CLOSE_P =
            words(
                    "header nav main article section aside footer div p ul ol li h1 h2 h3 h4 h5 h6 "
                            + "pre blockquote hr details summary table figure figcaption dl dt dd");

    private static final Set<String> HEADINGS = words("h1 h2 h3 h4 h5 h6");

    /** Where each table part and list item may stand: directly in its one parent. */
    private static final Map<String, Set<String>> PARENTS =
            Map.ofEntries(
                    Map.entry("thead", Set.of("table")),
                    Map.entry("tbody", Set.of("table")),
                    Map.entry("tr", Set.of("thead", "tbody")),
                    Map.entry("th", Set.of("tr")),
                    Map.entry("td", Set.of("tr")),
                    Map.entry("li", Set.of("ul", "ol")),
                    Map.entry("dt", Set.of("dl")),
                    Map.entry("dd", Set.of("dl")),
                    Map.entry("html", Set.of("")),
                    Map.entry("head", Set.of("html")),
                    Map.entry("body", Set.of("html")));

    /** What may stand directly in a table part: nothing else is left in place by a parser. */
    private static final Map<String, Set<String>> CHILDREN =
            Map.of(
                    "html", Set.of("head", "body"),
                    "head", Set.of("meta", "link", "title", "script"),
                    "table", Set.of("thead", "tbody"),
                    "thead", Set.of("tr"),
                    "tbody", Set.of("tr"),
                    "tr", Set.of("th", "td"));

    private PlainPages() {}

    private static Set<String> words(String words) {
        return Set.of(words.split(" +"));
    }

    /**
     * The page's scan, or empty when its markup is not plain; {@code share} as for {@link
     * ElementLinks}.
     */
    static Optional<ScannedPage> scan(
            String path, String html, LinkCheckOptions options, boolean share) {
        // a parser reads carriage returns and NUL its own way: where it matters, in a tag, they
        // make the page not plain (in text they change no link or anchor)
        if (options.reportAnchorsWithoutHref()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Reader(html, new ElementLinks(options, share)).read(path));
        } catch (NotPlain e) {
            return Optional.empty();
        }
    }

    /** Thrown where the markup stops being plain. */
    static final class NotPlain extends Exception {
        NotPlain() {
            super(null, null, false, false);
        }
    }

    private static final class Reader {
        private final String html;
        private final ElementLinks page;
        private final List<String> open = new ArrayList<>();
        private int verbatim;
        private int at;

        Reader(String html, ElementLinks page) {
            this.html = html;
            this.page = page;
        }

        ScannedPage read(String path) throws NotPlain {
            if (html.startsWith("<!DOCTYPE html>")) {
                at = "<!DOCTYPE html>".length();
            }
            for (int lt = html.indexOf('<', at); lt >= 0; lt = html.indexOf('<', at)) {
                at = lt + 1;
                if (at < html.length() && html.charAt(at) == '/') {
                    at++;
                    endTag(name());
                } else {
                    startTag(name());
                }
            }
            if (!open.isEmpty()) {
                throw new NotPlain();
            }
            return page.page(path);
        }

        private void startTag(String tag) throws NotPlain {
            String parent = open.isEmpty() ? "" : open.get(open.size() - 1);
            Set<String> allowed = CHILDREN.get(parent);
            Set<String> parents = PARENTS.get(tag);
            if (allowed != null && !allowed.contains(tag)
                    || parents != null && !parents.contains(parent)
                    || CLOSE_P.contains(tag) && open.contains("p")
                    || HEADINGS.contains(tag) && open.stream().anyMatch(HEADINGS::contains)
                    || tag.equals("a") && open.contains("a")
                    || verbatim > 0 && !tag.equals("span") && !tag.equals("code")) {
                throw new NotPlain();
            }
            PlainAttributes attributes = PlainAttributes.read(html, at);
            at = attributes.end();
            boolean code = tag.equals("pre") || tag.equals("code");
            page.element(tag, attributes, code || verbatim > 0);
            if (tag.equals("script") || tag.equals("title")) {
                // raw text: plain only when it holds no markup at all
                String close = "</" + tag + ">";
                int end = html.indexOf(close, at);
                if (end < 0 || html.indexOf('<', at) != end) {
                    throw new NotPlain();
                }
                at = end + close.length();
            } else if (!VOID.contains(tag) && !attributes.selfClosing()) {
                open.add(tag);
                verbatim += code ? 1 : 0;
            } else if (!VOID.contains(tag)) {
                throw new NotPlain();
            }
        }

        private void endTag(String tag) throws NotPlain {
            if (open.isEmpty() || !open.get(open.size() - 1).equals(tag)) {
                throw new NotPlain();
            }
            if (at >= html.length() || html.charAt(at) != '>') {
                throw new NotPlain();
            }
            at++;
            open.remove(open.size() - 1);
            if (tag.equals("pre") || tag.equals("code")) {
                verbatim--;
            }
        }

        /** A known element's name, lower case, ending where its attributes or the tag end. */
        private String name() throws NotPlain {
            int start = at;
            while (at < html.length() && isNameChar(html.charAt(at))) {
                at++;
            }
            String name = html.substring(start, at);
            if (!KNOWN.contains(name)) {
                throw new NotPlain();
            }
            return name;
        }

        private static boolean isNameChar(char c) {
            return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
        }
    }
}
