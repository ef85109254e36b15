package com.sparkfabrik.handbook.content;

import com.sparkfabrik.handbook.diag.Diagnostics;
import com.sparkfabrik.handbook.diag.SourcePosition;
import com.sparkfabrik.handbook.diag.Suggestions;
import com.sparkfabrik.handbook.policy.Contact;
import com.sparkfabrik.handbook.policy.Fact;
import com.sparkfabrik.handbook.policy.Policy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;

/**
 * The state of one page's evaluation. Templates see it only as an opaque variable: it has no public
 * methods, so template code cannot call into it.
 */
final class PageScope {

    private final PageSource page;
    private final Policy policy;
    private final FactMarkup html;
    private final Diagnostics diagnostics;
    private final List<Expansion.Fragment> fragments = new ArrayList<>();
    private final List<Expansion.FactUse> uses = new ArrayList<>();
    private String[] lines;

    PageScope(PageSource page, Policy policy, FactMarkup html, Diagnostics diagnostics) {
        this.page = page;
        this.policy = policy;
        this.html = html;
        this.diagnostics = diagnostics;
    }

    /**
     * Where a call is in the source: its line, and the column of its argument when known (0: the
     * template engine reports lines only, and the argument is looked up on the line).
     */
    record At(int line, int column) {
        static At line(int line) {
            return new At(line, 0);
        }
    }

    String value(String id, At at) {
        return fact(id, at, "value").map(f -> addValue(f, html.value(f), f.valueText())).orElse("");
    }

    String statement(String id, At at) {
        return fact(id, at, "statement")
                .map(f -> addValue(f, html.statement(f), policy.statementText(f)))
                .orElse("");
    }

    String fact(String id, At at) {
        return fact(id, at, "fact")
                .map(f -> addFact(f, html.fact(f, page.id()), policy.statementText(f)))
                .orElse("");
    }

    String contact(String id, At at) {
        int line = at.line();
        Optional<Contact> contact = policy.contact(id);
        if (contact.isEmpty()) {
            uses.add(new Expansion.FactUse(UseKeys.contact(id), line));
            report(
                    "contact-ref",
                    at,
                    "'" + id + "'",
                    "unknown contact '"
                            + id
                            + "'"
                            + Suggestions.didYouMean(id, policy.contacts().keySet()));
            return "";
        }
        uses.add(new Expansion.FactUse(UseKeys.contact(id), line));
        return add(html.contact(contact.get()), contact.get().display(), false);
    }

    String tldr(At at) {
        int line = at.line();
        uses.add(new Expansion.FactUse(UseKeys.TLDR, line));
        policy.tldrFacts().forEach(f -> uses.add(new Expansion.FactUse(f.id(), line)));
        return addBlock(html.tldr(page.id()));
    }

    String factsTable(String area, At at) {
        int line = at.line();
        List<Fact> facts = policy.factsInArea(area);
        uses.add(new Expansion.FactUse(UseKeys.area(area), line));
        if (facts.isEmpty()) {
            report("fact-ref", at, "'" + area + "'", "no facts in area '" + area + "'");
            return "";
        }
        facts.forEach(f -> uses.add(new Expansion.FactUse(f.id(), line)));
        return addBlock(html.factsTable(facts, page.id()));
    }

    String contactsTable(At at) {
        int line = at.line();
        uses.add(new Expansion.FactUse(UseKeys.CONTACTS_TABLE, line));
        policy.contacts()
                .keySet()
                .forEach(id -> uses.add(new Expansion.FactUse(UseKeys.contact(id), line)));
        return addBlock(html.contactsTable());
    }

    String openQuestions(At at) {
        int line = at.line();
        uses.add(new Expansion.FactUse(UseKeys.OPEN_QUESTIONS, line));
        policy.openQuestions().stream()
                .flatMap(q -> q.facts().stream())
                .distinct()
                .forEach(id -> uses.add(new Expansion.FactUse(id, line)));
        return addBlock(html.openQuestions(page.id()));
    }

    private Optional<Fact> fact(String id, At at, String function) {
        Optional<Fact> fact = policy.fact(id);
        uses.add(new Expansion.FactUse(id, at.line()));
        if (fact.isEmpty()) {
            report(
                    "fact-ref",
                    at,
                    "'" + id + "'",
                    "unknown fact '"
                            + id
                            + "'"
                            + Suggestions.didYouMean(id, policy.facts().keySet()));
        }
        return fact;
    }

    /** A fact's text; inside code it is shown as plain text, still marked with its fact. */
    private String addValue(Fact fact, String fragmentHtml, String text) {
        String codeHtml =
                "<span data-fact=\"" + fact.id() + "\">" + HtmlEscaper.escape(text) + "</span>";
        fragments.add(new Expansion.Fragment(fragmentHtml, text, codeHtml, false));
        return Expansion.token(fragments.size() - 1);
    }

    /** A fact with its level and link: search finds the words of both too. */
    private String addFact(Fact fact, String fragmentHtml, String text) {
        String shown = fact.level().label() + " " + text + " Details";
        fragments.add(
                new Expansion.Fragment(fragmentHtml, text, HtmlEscaper.escape(text), false, shown));
        return Expansion.token(fragments.size() - 1);
    }

    /** A generated block; its text, as the reader sees it, is what search finds. */
    private String addBlock(String blockHtml) {
        return add(blockHtml, Jsoup.parseBodyFragment(blockHtml).text(), true);
    }

    private String add(String fragmentHtml, String text, boolean block) {
        fragments.add(new Expansion.Fragment(fragmentHtml, text, HtmlEscaper.escape(text), block));
        return Expansion.token(fragments.size() - 1);
    }

    void report(String rule, At at, String needle, String message) {
        diagnostics.error(
                rule,
                at.column() > 0
                        ? new SourcePosition(page.file(), at.line(), at.column())
                        : position(at.line(), needle),
                message);
    }

    /**
     * The position of {@code needle} on a line of the source; the line's first template tag
     * otherwise.
     */
    SourcePosition position(int line, String needle) {
        if (line <= 0) {
            return SourcePosition.of(page.file());
        }
        if (lines == null) {
            lines = page.body().split("\n", -1);
        }
        String text = line <= lines.length ? lines[line - 1] : "";
        int column = needle == null ? -1 : text.indexOf(needle);
        if (column < 0) {
            column = Math.max(text.indexOf("{{"), text.indexOf("{%"));
        }
        return new SourcePosition(page.file(), line, Math.max(0, column) + 1);
    }

    List<Expansion.Fragment> fragments() {
        return fragments;
    }

    List<Expansion.FactUse> uses() {
        return uses;
    }

    @Override
    public String toString() {
        return "";
    }
}
