package com.sparkfabrik.handbook.render;

import com.sparkfabrik.handbook.content.FactMarkup;
import com.sparkfabrik.handbook.content.PageSource;
import com.sparkfabrik.handbook.content.RenderedPage;
import com.sparkfabrik.handbook.policy.OpenQuestion;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One page laid out, and its entry in the search index, each a function of a value record that
 * holds everything it reads: equal inputs give equal bytes, so the pipeline can reuse a result
 * whenever the input is equal to the one it was made from.
 */
public final class PageLayout {

    static final Layout LAYOUT = new Layout();

    /**
     * Stands for the site's revision in a content page's layout until {@link Laid#fill} puts it in:
     * an edit of any fact changes the revision in every page's footer and nothing else of most
     * pages, so the dev server lays out again only the pages something else of changed.
     */
    static final String REVISION = "\uE002revision\uE002";

    /** Stands for the page's body in a layout until it is put in: a fact edit changes only it. */
    static final String BODY = "\uE002body\uE002";

    /** A revision that every layout shows as it is (autoescaping leaves it unchanged). */
    private static final Pattern PLAIN_REVISION = Pattern.compile("[A-Za-z0-9:._-]*");

    private PageLayout() {}

    /**
     * What a page's layout shows: its rendered body, the site's footer and labels, its review
     * dates, the open questions under its sections, and its navigation as links relative to it.
     */
    public record Input(
            RenderedPage page,
            Map<String, Object> site,
            ChangeLog changes,
            PageSettings settings,
            ReviewDates dates,
            Map<String, List<OpenQuestion>> questions,
            List<Map<String, Object>> nav,
            Map<String, Object> neighbours) {

        /**
         * Whether {@code other} reads all this input does but for the page's HTML: a page laid out
         * with one takes the body of the other ({@link Laid#withBody}).
         */
        public boolean sameFrame(Input other) {
            return page.source().equals(other.page.source())
                    && page.headings().equals(other.page.headings())
                    && equals(other.showing(page));
        }

        /** This input showing {@code shown} instead of its page: every other part compared. */
        private Input showing(RenderedPage shown) {
            return new Input(shown, site, changes, settings, dates, questions, nav, neighbours);
        }
    }

    /** What a page's search entry is made of. */
    public record SearchInput(
            RenderedPage page,
            Map<String, List<OpenQuestion>> questions,
            Map<String, List<String>> facts,
            ChangeLog changes) {}

    /** A page's sections as the search index holds them. */
    public record SearchEntry(String pageId, List<SearchIndex.Section> sections) {}

    /**
     * A page laid out but for its revision: the bytes before and after the one place it goes, the
     * page's body at {@code [bodyStart, bodyEnd)} of {@code before}; or, when the layout does not
     * hold the marks exactly once, in that order, the whole page laid out with {@code revision}.
     */
    public record Laid(byte[] before, int bodyStart, int bodyEnd, byte[] after, String revision) {

        /** Whether it can show {@code shown}: it was laid out with a place for any revision. */
        public boolean shows(String shown) {
            return after != null || shown.equals(revision);
        }

        /** The page showing {@code shown}, made when first asked for; null if it cannot. */
        public ShownPage showing(String shown) {
            return shows(shown) ? ShownPage.filling(this, shown) : null;
        }

        /** The page showing {@code shown}; null when it was laid out whole with another. */
        public byte[] fill(String shown) {
            if (after == null) {
                return shown.equals(revision) ? before : null;
            }
            return join(before, shown.getBytes(StandardCharsets.UTF_8), after);
        }

        /**
         * This page with the body of {@code in}, an input of the same frame ({@link
         * Input#sameFrame}); null when it was laid out whole.
         */
        public Laid withBody(Input in) {
            if (after == null) {
                return null;
            }
            byte[] body = body(in).getBytes(StandardCharsets.UTF_8);
            byte[] page = new byte[before.length - (bodyEnd - bodyStart) + body.length];
            System.arraycopy(before, 0, page, 0, bodyStart);
            System.arraycopy(body, 0, page, bodyStart, body.length);
            System.arraycopy(
                    before, bodyEnd, page, bodyStart + body.length, before.length - bodyEnd);
            return new Laid(page, bodyStart, bodyStart + body.length, after, null);
        }
    }

    /** Lays out a page whose footer is to show {@code revision}. */
    public static Laid layOut(Input in, String revision) {
        if (PLAIN_REVISION.matcher(revision).matches()) {
            // the frame with marks for the body and the revision, which go in later
            String html = html(in, in.site(), BODY);
            int body = once(html, BODY);
            int at = once(html, REVISION);
            if (body >= 0 && at > body) {
                byte[] head = html.substring(0, body).getBytes(StandardCharsets.UTF_8);
                byte[] content = body(in).getBytes(StandardCharsets.UTF_8);
                byte[] middle =
                        html.substring(body + BODY.length(), at).getBytes(StandardCharsets.UTF_8);
                byte[] before = join(head, content, middle);
                return new Laid(
                        before,
                        head.length,
                        head.length + content.length,
                        html.substring(at + REVISION.length()).getBytes(StandardCharsets.UTF_8),
                        null);
            }
        }
        return new Laid(html(in, revision), 0, 0, null, revision);
    }

    private static byte[] join(byte[] first, byte[] second, byte[] third) {
        byte[] all = Arrays.copyOf(first, first.length + second.length + third.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        System.arraycopy(third, 0, all, first.length + second.length, third.length);
        return all;
    }

    /** Where {@code mark} is in {@code html} when it is there exactly once, else -1. */
    private static int once(String html, String mark) {
        int at = html.indexOf(mark);
        return at >= 0 && html.indexOf(mark, at + 1) < 0 ? at : -1;
    }

    /** A page laid out whole, its footer showing {@code revision}. */
    public static byte[] html(Input in, String revision) {
        Map<String, Object> site = new HashMap<>(in.site());
        site.put("revision", revision);
        return html(in, site, body(in)).getBytes(StandardCharsets.UTF_8);
    }

    /** The page's body as the layout shows it: its HTML with change notes and callouts. */
    private static String body(Input in) {
        PageSource source = in.page().source();
        return PageBody.decorate(
                ChangeNotes.insert(
                        in.page().html(),
                        source.id(),
                        "../".repeat(source.depth()),
                        in.changes(),
                        LAYOUT),
                source.id(),
                callouts(in.questions(), source.id()));
    }

    private static String html(Input in, Map<String, Object> site, String body) {
        PageSource source = in.page().source();
        Map<String, Object> pageContext = new HashMap<>();
        pageContext.put("id", source.id());
        pageContext.put("editLink", in.settings().editLink(source.file()));
        pageContext.put("draft", source.draft());
        pageContext.put("title", source.title());
        pageContext.put("description", source.description());
        pageContext.put("home", source.id().equals("index"));
        pageContext.put("since", in.dates().since());
        pageContext.put("reviewBy", in.dates().reviewBy());
        pageContext.put(
                "changed",
                ChangeNotes.pageLine(source.id(), "../".repeat(source.depth()), in.changes()));
        Map<String, Object> context = new HashMap<>();
        context.put("site", site);
        context.put("page", pageContext);
        context.put("root", "../".repeat(source.depth()));
        context.put("nav", in.nav());
        context.put(
                "toc",
                in.page().headings().stream()
                        .filter(h -> h.level() == 2 || h.level() == 3)
                        .map(h -> Map.of("level", h.level(), "id", h.id(), "text", h.text()))
                        .toList());
        context.put("content", body);
        context.putAll(in.neighbours());
        return LAYOUT.render("layout", context);
    }

    public static SearchEntry search(SearchInput in) {
        String id = in.page().source().id();
        return new SearchEntry(
                id,
                SearchIndex.entry(
                        in.page(),
                        in.questions(),
                        in.facts(),
                        ChangeNotes.texts(id, in.changes(), LAYOUT)));
    }

    /** The callouts, as HTML by anchor. */
    private static Map<String, String> callouts(
            Map<String, List<OpenQuestion>> questions, String pageId) {
        Map<String, String> callouts = new HashMap<>();
        questions.forEach(
                (anchor, list) -> {
                    List<Map<String, Object>> items = new ArrayList<>();
                    for (OpenQuestion q : list) {
                        items.add(
                                Map.of(
                                        "question",
                                        q.question(),
                                        "href",
                                        FactMarkup.questionHref(pageId, q.id())));
                    }
                    callouts.put(anchor, LAYOUT.render("callout", Map.of("questions", items)));
                });
        return callouts;
    }
}
