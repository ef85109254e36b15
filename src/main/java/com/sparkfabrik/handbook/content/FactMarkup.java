package com.sparkfabrik.handbook.content;

import com.sparkfabrik.handbook.policy.Contact;
import com.sparkfabrik.handbook.policy.Fact;
import com.sparkfabrik.handbook.policy.FactValue;
import com.sparkfabrik.handbook.policy.OpenQuestion;
import com.sparkfabrik.handbook.policy.Policy;
import com.sparkfabrik.handbook.policy.StatementPart;
import com.sparkfabrik.handbook.policy.ValueType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The HTML of facts as pages show them. Every piece carries {@code data-fact} (or {@code
 * data-contact}) so checks and tools can find what came from the policy. Every piece comes from a
 * Pebble template with autoescaping ({@code templates/blocks/}); an inline piece, used millions of
 * times on a large site, is made once per build and reused. Links point at the page that details
 * the fact, relative to the page they appear on.
 */
public final class FactMarkup {

    /**
     * The page that lists every open question (a content page, or generated when there is none).
     */
    public static final String OPEN_QUESTIONS_PAGE = "open-questions";

    /** Characters of code that fit a phone's line (390 px) inside a list item. */
    private static final int LONG_PATH = 30;

    private final Policy policy;
    private final Map<Inline, String> inline = new ConcurrentHashMap<>();
    private Blocks blocks;

    public FactMarkup(Policy policy) {
        this.policy = policy;
    }

    /** The templates, loaded when the first piece is made. */
    private synchronized Blocks blocks() {
        if (blocks == null) {
            blocks = new Blocks();
        }
        return blocks;
    }

    /**
     * An inline piece: its template, the fact (or contact) and the depth of the page it is on (the
     * only thing a relative link depends on). Made once for this policy, so once per build, then
     * reused: a large site uses the same fact on thousands of pages.
     */
    private record Inline(String kind, String id, int depth) {}

    private String inline(Inline key, Supplier<Map<String, Object>> context) {
        String html = inline.get(key);
        if (html == null) {
            html = blocks().render(key.kind(), context.get());
            inline.putIfAbsent(key, html);
        }
        return html;
    }

    public String value(Fact fact) {
        return inline(new Inline("fact-value", fact.id(), 0), () -> valueContext(fact));
    }

    private static Map<String, Object> valueContext(Fact fact) {
        Map<String, Object> context = new HashMap<>();
        context.put("id", fact.id());
        context.put("parts", List.of());
        if (fact.value() instanceof FactValue.Scalar s && fact.type() == ValueType.URL) {
            context.put("kind", "url");
            context.put("text", s.text());
        } else if (fact.value() instanceof FactValue.Scalar s && fact.type().shownAsCode()) {
            context.put("kind", codeParts(s.text()).size() > 1 ? "path" : "code");
            context.put("text", s.text());
            context.put("parts", codeParts(s.text()));
        } else {
            // a list or map reads as words joined with plain separators: escaping the joined text
            // is escaping each item
            context.put("kind", "text");
            context.put("text", fact.valueText());
        }
        return context;
    }

    /**
     * A code value never breaks inside a token ({@code claude-personal}, {@code ~/.claude}): the
     * stylesheet keeps {@code code} on one line. A path too long for a phone's line is split into
     * its parts, each kept whole, with a line break allowed only after a slash.
     */
    static List<String> codeParts(String text) {
        if (text.length() <= LONG_PATH || text.indexOf('/', 1) < 0) {
            return List.of(text);
        }
        return List.of(text.split("(?<=/)(?=[^/])"));
    }

    public String statement(Fact fact) {
        return inline(
                new Inline("fact-statement", fact.id(), 0),
                () -> {
                    List<Map<String, Object>> parts = new ArrayList<>();
                    for (StatementPart part : fact.statementParts()) {
                        if (part instanceof StatementPart.Text t) {
                            parts.add(Map.of("html", false, "text", t.text()));
                        } else if (part instanceof StatementPart.FactValueRef r) {
                            policy.fact(r.factId())
                                    .ifPresent(
                                            f -> parts.add(Map.of("html", true, "text", value(f))));
                        } else if (part instanceof StatementPart.ContactRef r) {
                            policy.contact(r.contactId())
                                    .ifPresent(
                                            c ->
                                                    parts.add(
                                                            Map.of(
                                                                    "html",
                                                                    true,
                                                                    "text",
                                                                    contact(c))));
                        }
                    }
                    return Map.of("id", fact.id(), "parts", parts);
                });
    }

    /** The statement with its level and a link to where it is detailed. */
    public String fact(Fact fact, String fromPageId) {
        int depth = (int) fromPageId.chars().filter(c -> c == '/').count();
        return inline(
                new Inline("fact", fact.id(), depth),
                () ->
                        Map.of(
                                "id", fact.id(),
                                "level", fact.level().yamlName(),
                                "label", fact.level().label(),
                                "statement", statement(fact),
                                "href", detailsHref(fact, fromPageId)));
    }

    public String contact(Contact contact) {
        return inline(
                new Inline("contact", contact.id(), 0),
                () -> Map.of("id", contact.id(), "name", contact.display()));
    }

    public String tldr(String fromPageId) {
        return blocks().render("tldr", Map.of("items", items(policy.tldrFacts(), fromPageId)));
    }

    public String factsTable(List<Fact> facts, String fromPageId) {
        return blocks().render("facts-table", Map.of("items", items(facts, fromPageId)));
    }

    public String contactsTable() {
        List<Map<String, Object>> contacts = new ArrayList<>();
        for (Contact c : policy.contacts().values()) {
            contacts.add(
                    Map.of(
                            "id", c.id(),
                            "name", c.name(),
                            "channel", c.channel().orElse(""),
                            "description", c.description().orElse("")));
        }
        return blocks().render("contacts-table", Map.of("contacts", contacts));
    }

    /** Every open question: the question, the readings the source gives, the facts it affects. */
    public String openQuestions(String fromPageId) {
        List<Map<String, Object>> questions = new ArrayList<>();
        for (OpenQuestion q : policy.openQuestions()) {
            List<Map<String, Object>> facts = new ArrayList<>();
            for (String id : q.facts()) {
                policy.fact(id)
                        .ifPresent(
                                f ->
                                        facts.add(
                                                Map.of(
                                                        "id",
                                                        f.id(),
                                                        "statement",
                                                        statement(f),
                                                        "href",
                                                        detailsHref(f, fromPageId))));
            }
            questions.add(
                    Map.of(
                            "id", q.id(),
                            "question", q.question(),
                            "alternatives", q.alternatives(),
                            "facts", facts));
        }
        return blocks().render("open-questions", Map.of("questions", questions));
    }

    /** Where an open question is listed, relative to a page. */
    public static String questionHref(String fromPageId, String questionId) {
        return HtmlEscaper.relativeHref(fromPageId, OPEN_QUESTIONS_PAGE, "question-" + questionId);
    }

    /** The open questions that name a fact, in policy order. */
    public List<OpenQuestion> questionsAbout(Fact fact) {
        return policy.openQuestions().stream().filter(q -> q.facts().contains(fact.id())).toList();
    }

    private List<Map<String, Object>> items(List<Fact> facts, String fromPageId) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Fact fact : facts) {
            items.add(
                    Map.of(
                            "id", fact.id(),
                            "level", fact.level().yamlName(),
                            "label", fact.level().label(),
                            "statement", statement(fact),
                            "href", detailsHref(fact, fromPageId),
                            "questions",
                                    questionsAbout(fact).stream()
                                            .map(q -> questionHref(fromPageId, q.id()))
                                            .toList()));
        }
        return items;
    }

    private static String detailsHref(Fact fact, String fromPageId) {
        return HtmlEscaper.relativeHref(fromPageId, fact.page(), fact.anchor());
    }
}
