package com.sparkfabrik.handbook.policy;

import com.sparkfabrik.handbook.diag.SourcePosition;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole policy, immutable. Contacts, facts and harnesses keep the order of policy.yaml; {@code
 * sectionPositions} says where each top-level key ({@code facts:}, {@code harnesses:}) is written.
 */
public record Policy(
        PolicyInfo info,
        Map<String, Contact> contacts,
        Map<String, Fact> facts,
        List<OpenQuestion> openQuestions,
        Map<String, Harness> harnesses,
        Map<String, SourcePosition> sectionPositions) {

    public Policy {
        contacts = Collections.unmodifiableMap(new LinkedHashMap<>(contacts));
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
        openQuestions = List.copyOf(openQuestions);
        harnesses = Collections.unmodifiableMap(new LinkedHashMap<>(harnesses));
        sectionPositions = Map.copyOf(sectionPositions);
    }

    /** Where the top-level key {@code section} is written; policy.yaml when it is not. */
    public SourcePosition positionOf(String section) {
        return sectionPositions.getOrDefault(section, SourcePosition.of(PolicyLoader.FILE));
    }

    public Optional<Fact> fact(String id) {
        return Optional.ofNullable(facts.get(id));
    }

    public Optional<Contact> contact(String id) {
        return Optional.ofNullable(contacts.get(id));
    }

    /** A harness's name as plain text, its {@code {fact:ID}} placeholders filled in. */
    public String harnessName(Harness harness) {
        return text(harness.nameParts());
    }

    /** A fact's statement as plain text, its placeholders filled in from this policy. */
    public String statementText(Fact fact) {
        return text(fact.statementParts());
    }

    private String text(List<StatementPart> parts) {
        StringBuilder out = new StringBuilder();
        for (StatementPart part : parts) {
            if (part instanceof StatementPart.Text t) {
                out.append(t.text());
            } else if (part instanceof StatementPart.FactValueRef r) {
                fact(r.factId()).ifPresent(f -> out.append(f.valueText()));
            } else if (part instanceof StatementPart.ContactRef r) {
                contact(r.contactId()).ifPresent(c -> out.append(c.display()));
            }
        }
        return out.toString();
    }

    /** The TL;DR facts in display order: by {@code tldr_order}, then by id. */
    public List<Fact> tldrFacts() {
        return facts.values().stream()
                .filter(Fact::tldr)
                .sorted(Comparator.comparingInt(Fact::tldrOrder).thenComparing(Fact::id))
                .toList();
    }

    /** Facts whose id starts with {@code area.}, in file order. */
    public List<Fact> factsInArea(String area) {
        return facts.values().stream().filter(f -> f.area().equals(area)).toList();
    }
}
