package com.sparkfabrik.handbook.feed;

import com.sparkfabrik.handbook.policy.FactValue;
import com.sparkfabrik.handbook.policy.Level;
import com.sparkfabrik.handbook.policy.Reference;
import com.sparkfabrik.handbook.policy.ValueType;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the feed says about the policy: the part of {@code policy.json} its revision is
 * computed over (all of it except {@code revision} and {@code changes}), from its {@code $schema}
 * URL on. Lists and maps keep the order of policy.yaml.
 */
record FeedContent(
        String schema,
        String schemaVersion,
        PolicyEntry policy,
        Map<String, ContactEntry> contacts,
        List<FactEntry> facts,
        List<String> tldr,
        List<QuestionEntry> openQuestions,
        List<HarnessEntry> harnesses) {

    public FeedContent {
        contacts = Collections.unmodifiableMap(new LinkedHashMap<>(contacts));
        facts = List.copyOf(facts);
        tldr = List.copyOf(tldr);
        openQuestions = List.copyOf(openQuestions);
        harnesses = List.copyOf(harnesses);
    }

    public Optional<FactEntry> fact(String id) {
        return facts.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** {@code policy}: what the policy is, who owns it (a contact id), and its dates. */
    public record PolicyEntry(
            String id,
            String title,
            Optional<String> summary,
            String owner,
            String status,
            LocalDate since,
            LocalDate reviewBy) {}

    /** One entry of {@code contacts}, keyed by the contact's id. */
    public record ContactEntry(
            String name, Optional<String> channel, Optional<String> description) {}

    /**
     * One entry of {@code facts}. {@code statement} is plain text with the placeholders of {@code
     * statementTemplate} filled in; {@code url} points at the page and anchor that detail the fact;
     * {@code source} is {@code policy.yaml#L<line>}.
     */
    public record FactEntry(
            String id,
            Level level,
            ValueType type,
            FactValue value,
            String statement,
            String statementTemplate,
            List<String> contacts,
            boolean tldr,
            LocalDate since,
            LocalDate reviewBy,
            List<Reference> references,
            String url,
            String source) {

        public FactEntry {
            contacts = List.copyOf(contacts);
            references = List.copyOf(references);
        }
    }

    /**
     * One entry of {@code harnesses}: the harness's id, name and status, the facts that state it
     * and the {@code url} of the first one's section.
     */
    public record HarnessEntry(
            String id, String name, String status, List<String> facts, String url) {
        public HarnessEntry {
            facts = List.copyOf(facts);
        }
    }

    /** One entry of {@code open_questions}. */
    public record QuestionEntry(String id, String question, List<String> facts) {
        public QuestionEntry {
            facts = List.copyOf(facts);
        }
    }
}
