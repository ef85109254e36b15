package com.sparkfabrik.handbook.content;

import com.sparkfabrik.handbook.policy.Contact;
import com.sparkfabrik.handbook.policy.Fact;
import com.sparkfabrik.handbook.policy.FactValue;
import com.sparkfabrik.handbook.policy.OpenQuestion;
import com.sparkfabrik.handbook.policy.Policy;
import com.sparkfabrik.handbook.policy.StatementPart;
import com.sparkfabrik.handbook.policy.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The HTML of facts as pages show them. Every piece carries {@code data-fact} (or {@code
 * data-contact}) so checks and tools can find what came from the policy. Blocks (TL;DR, tables,
 * open questions) come from Pebble templates with autoescaping; the inline pieces, built millions
 * of times on a large site, escape by hand. Links point at the page that details the fact, relative
 * to the page they appear on.
 */
public final class FactMarkup {

    /**
     * The page that lists every open question (a content page, or generated when there is none).
     */
    public static final String OPEN_QUESTIONS_PAGE = "open-questions";

    /** Characters of code that fit a phone's line (390 px) inside a list item. */
    private static final int LONG_PATH = 30;

    private final Policy policy;
    private Blocks blocks;

    public FactMarkup(Policy policy) {
        this.policy = policy;
    }

    /** The block templates, loaded when the first block is made (most uses need only spans). */
    private synchronized Blocks blocks() {
        if (blocks == null) {
            blocks = new Blocks();
        }
        return blocks;
    }

    public String value(Fact fact) {
        String inner;
        if (fact.value() instanceof FactValue.Scalar s && fact.type() == ValueType.URL) {
            inner =
                    "<a href=\""
                            + HtmlEscaper.escape(s.text())
                            + "\">"
                            + HtmlEscaper.escape(s.text())
                            + "</a>";
        } else if (fact.value() instanceof FactValue.Scalar s && fact.type().shownAsCode()) {
            inner = code(s.text());
        } else if (fact.value() instanceof FactValue.ListValue l) {
            inner = FactValue.joinWords(l.items().stream().map(HtmlEscaper::escape).toList());
        } else if (fact.value() instanceof FactValue.MapValue m) {
            inner = mapHtml(m.entries());
        } else {
            inner = HtmlEscaper.escape(fact.valueText());
        }
        return "<span class=\"fact-value\" data-fact=\"" + fact.id() + "\">" + inner + "</span>";
    }

    /**
     * A code value that never breaks inside a token ({@code claude-personal}, {@code ~/.claude}):
     * the stylesheet keeps {@code code} on one line. A path too long for a phone's line is split
     * into its parts, each kept whole, with a line break allowed only after a slash.
     */
    static String code(String text) {
        if (text.length() <= LONG_PATH || text.indexOf('/', 1) < 0) {
            return "<code>" + HtmlEscaper.escape(text) + "</code>";
        }
        StringBuilder html = new StringBuilder("<code class=\"path\">");
        for (String part : text.split("(?<=/)(?=[^/])")) {
            html.append("<span>").append(HtmlEscaper.escape(part)).append("</span><wbr>");
        }
        html.setLength(html.length() - "<wbr>".length());
        return html.append("</code>").toString();
    }

    public String statement(Fact fact) {
        StringBuilder out =
                new StringBuilder("<span class=\"fact-statement\" data-fact=\"")
                        .append(fact.id())
                        .append("\">");
        for (StatementPart part : fact.statementParts()) {
            if (part instanceof StatementPart.Text t) {
                out.append(HtmlEscaper.escape(t.text()));
            } else if (part instanceof StatementPart.FactValueRef r) {
                policy.fact(r.factId()).ifPresent(f -> out.append(value(f)));
            } else if (part instanceof StatementPart.ContactRef r) {
                policy.contact(r.contactId()).ifPresent(c -> out.append(contact(c)));
            }
        }
        return out.append("</span>").toString();
    }

    /** The statement with its level and a link to where it is detailed. */
    public String fact(Fact fact, String fromPageId) {
        return "<span class=\"fact level-"
                + fact.level().yamlName()
                + "\" data-fact=\""
                + fact.id()
                + "\">"
                + levelBadge(fact)
                + " "
                + statement(fact)
                + " "
                + detailsLink(fact, fromPageId)
                + "</span>";
    }

    public String contact(Contact contact) {
        return "<span class=\"contact\" data-contact=\""
                + contact.id()
                + "\">"
                + HtmlEscaper.escape(contact.display())
                + "</span>";
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

    private static String levelBadge(Fact fact) {
        String level = fact.level().yamlName();
        return "<strong class=\"level level-" + level + "\">" + fact.level().label() + "</strong>";
    }

    private static String detailsLink(Fact fact, String fromPageId) {
        return "<a class=\"details\" href=\""
                + HtmlEscaper.escape(
                        HtmlEscaper.relativeHref(fromPageId, fact.page(), fact.anchor()))
                + "\">Details</a>";
    }

    private static String mapHtml(Map<String, String> entries) {
        return entries.entrySet().stream()
                .map(e -> HtmlEscaper.escape(e.getKey()) + ": " + HtmlEscaper.escape(e.getValue()))
                .collect(Collectors.joining("; "));
    }
}
