package com.sparkfabrik.handbook.content;

import com.sparkfabrik.handbook.policy.Contact;
import com.sparkfabrik.handbook.policy.Fact;
import com.sparkfabrik.handbook.policy.FactValue;
import com.sparkfabrik.handbook.policy.Policy;
import com.sparkfabrik.handbook.policy.StatementPart;
import com.sparkfabrik.handbook.policy.ValueType;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The HTML of facts as pages show them. Every piece carries {@code data-fact} (or {@code
 * data-contact}) so checks and tools can find what came from the policy. All text is escaped; links
 * point at the page that details the fact, relative to the page they appear on.
 */
public final class FactHtml {

    private final Policy policy;

    public FactHtml(Policy policy) {
        this.policy = policy;
    }

    public String value(Fact fact) {
        String inner;
        if (fact.value() instanceof FactValue.Scalar s && fact.type() == ValueType.URL) {
            inner = "<a href=\"" + Html.escape(s.text()) + "\">" + Html.escape(s.text()) + "</a>";
        } else if (fact.value() instanceof FactValue.Scalar s && fact.type().shownAsCode()) {
            inner = "<code>" + Html.escape(s.text()) + "</code>";
        } else if (fact.value() instanceof FactValue.ListValue l) {
            inner = FactValue.joinWords(l.items().stream().map(Html::escape).toList());
        } else if (fact.value() instanceof FactValue.MapValue m) {
            inner = mapHtml(m.entries());
        } else {
            inner = Html.escape(fact.valueText());
        }
        return "<span class=\"fact-value\" data-fact=\"" + fact.id() + "\">" + inner + "</span>";
    }

    public String statement(Fact fact) {
        StringBuilder out =
                new StringBuilder("<span class=\"fact-statement\" data-fact=\"")
                        .append(fact.id())
                        .append("\">");
        for (StatementPart part : fact.statementParts()) {
            if (part instanceof StatementPart.Text t) {
                out.append(Html.escape(t.text()));
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
                + Html.escape(contact.display())
                + "</span>";
    }

    public String tldr(String fromPageId) {
        StringBuilder out = new StringBuilder("<ul class=\"tldr\">\n");
        for (Fact fact : policy.tldrFacts()) {
            out.append("<li class=\"level-")
                    .append(fact.level().yamlName())
                    .append("\" data-fact=\"")
                    .append(fact.id())
                    .append("\">")
                    .append(levelBadge(fact))
                    .append(' ')
                    .append(statement(fact))
                    .append(' ')
                    .append(detailsLink(fact, fromPageId))
                    .append("</li>\n");
        }
        return out.append("</ul>").toString();
    }

    public String factsTable(List<Fact> facts, String fromPageId) {
        StringBuilder out =
                new StringBuilder(
                        "<table class=\"facts\">\n<thead><tr><th>Rule</th><th>Level</th><th>Value</th></tr></thead>\n<tbody>\n");
        for (Fact fact : facts) {
            out.append("<tr data-fact=\"")
                    .append(fact.id())
                    .append("\"><td>")
                    .append(statement(fact))
                    .append(' ')
                    .append(detailsLink(fact, fromPageId))
                    .append("</td><td>")
                    .append(levelBadge(fact))
                    .append("</td><td>")
                    .append(value(fact))
                    .append("</td></tr>\n");
        }
        return out.append("</tbody>\n</table>").toString();
    }

    public String contactsTable() {
        StringBuilder out =
                new StringBuilder(
                        "<table class=\"contacts\">\n<thead><tr><th>Contact</th><th>Channel</th><th>For</th></tr></thead>\n<tbody>\n");
        for (Contact c : policy.contacts().values()) {
            out.append("<tr data-contact=\"")
                    .append(c.id())
                    .append("\"><td>")
                    .append(Html.escape(c.name()))
                    .append("</td><td>")
                    .append(c.channel().map(Html::escape).orElse(""))
                    .append("</td><td>")
                    .append(c.description().map(Html::escape).orElse(""))
                    .append("</td></tr>\n");
        }
        return out.append("</tbody>\n</table>").toString();
    }

    private static String levelBadge(Fact fact) {
        return "<strong class=\"level\">" + fact.level().label() + "</strong>";
    }

    private static String detailsLink(Fact fact, String fromPageId) {
        return "<a class=\"details\" href=\""
                + Html.escape(Html.relativeHref(fromPageId, fact.page(), fact.anchor()))
                + "\">Details</a>";
    }

    private static String mapHtml(Map<String, String> entries) {
        return entries.entrySet().stream()
                .map(e -> Html.escape(e.getKey()) + ": " + Html.escape(e.getValue()))
                .collect(Collectors.joining("; "));
    }
}
