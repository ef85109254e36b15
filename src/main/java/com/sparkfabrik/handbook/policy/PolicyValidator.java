package com.sparkfabrik.handbook.policy;

import com.sparkfabrik.handbook.diag.Diagnostics;
import com.sparkfabrik.handbook.diag.SourcePosition;
import com.sparkfabrik.handbook.diag.Suggestions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Checks what the schema cannot: references between contacts, facts, questions and harnesses, one
 * home for each distinctive value, and review dates against an injected clock.
 */
public final class PolicyValidator {

    static final int REVIEW_WARNING_DAYS = 30;

    private final Clock clock;

    public PolicyValidator(Clock clock) {
        this.clock = clock;
    }

    /** True when the policy has no errors (warnings allowed). */
    public boolean validate(Policy policy, Diagnostics diagnostics) {
        return validate(policy, "", diagnostics);
    }

    /**
     * The same, with the text of policy.yaml, so a statement's placeholder is reported at its own
     * line.
     */
    boolean validate(Policy policy, String source, Diagnostics diagnostics) {
        PlaceholderPositions placeholders = new PlaceholderPositions(source);
        long errorsBefore = diagnostics.errorCount();
        PolicyInfo info = policy.info();
        contactRef(policy, info.owner(), info.positionOf("owner"), diagnostics);
        reviewDate(
                "the policy",
                info.since(),
                info.reviewBy(),
                info.positionOf("review_by"),
                diagnostics);
        Map<String, String> homeOfValue = new HashMap<>();
        for (Fact fact : policy.facts().values()) {
            fact.contacts()
                    .forEach(c -> contactRef(policy, c, fact.positionOf("contacts"), diagnostics));
            statementRefs(policy, fact, placeholders, diagnostics);
            if (fact.fieldPositions().containsKey("review_by")) {
                reviewDate(
                        "fact '" + fact.id() + "'",
                        fact.since(),
                        fact.reviewBy(),
                        fact.positionOf("review_by"),
                        diagnostics);
            }
            if (fact.type().distinctive()) {
                for (String value : fact.value().strings()) {
                    String first = homeOfValue.putIfAbsent(value, fact.id());
                    if (first != null) {
                        diagnostics.error(
                                "duplicate-value",
                                fact.positionOf("value"),
                                "value '"
                                        + value
                                        + "' is already held by fact '"
                                        + first
                                        + "': reference that fact instead");
                    }
                }
            }
        }
        for (OpenQuestion question : policy.openQuestions()) {
            question.facts().forEach(f -> factRef(policy, f, question.position(), diagnostics));
            diagnostics.warning(
                    "open-question",
                    question.position(),
                    "open question '" + question.id() + "': " + question.question());
        }
        policy.harnesses().values().forEach(h -> harness(policy, h, diagnostics));
        return diagnostics.errorCount() == errorsBefore;
    }

    private static void harness(Policy policy, Harness harness, Diagnostics diagnostics) {
        harness.facts().forEach(f -> factRef(policy, f, harness.positionOf("facts"), diagnostics));
        for (StatementPart part : harness.nameParts()) {
            if (part instanceof StatementPart.FactValueRef ref && !ref.factId().isEmpty()) {
                factRef(policy, ref.factId(), harness.positionOf("name"), diagnostics);
            } else if (!(part instanceof StatementPart.Text)) {
                diagnostics.error(
                        "fact-ref",
                        harness.positionOf("name"),
                        "the name of harness '"
                                + harness.id()
                                + "' can hold only {fact:ID} placeholders");
            }
        }
    }

    private void statementRefs(
            Policy policy, Fact fact, PlaceholderPositions placeholders, Diagnostics diagnostics) {
        for (StatementPart part : fact.statementParts()) {
            if (part instanceof StatementPart.FactValueRef ref) {
                factRef(policy, ref.factId(), placeholders.of(fact, ref.offset()), diagnostics);
            } else if (part instanceof StatementPart.ContactRef ref) {
                contactRef(
                        policy, ref.contactId(), placeholders.of(fact, ref.offset()), diagnostics);
            } else if (part instanceof StatementPart.Unknown unknown) {
                diagnostics.error(
                        "fact-ref",
                        placeholders.of(fact, unknown.offset()),
                        "unknown placeholder '"
                                + unknown.written()
                                + "' in the statement of '"
                                + fact.id()
                                + "' (use {value}, {fact:ID} or {contact:ID})");
            }
        }
    }

    private void reviewDate(
            String what,
            LocalDate since,
            LocalDate reviewBy,
            SourcePosition at,
            Diagnostics diagnostics) {
        LocalDate today = LocalDate.now(clock);
        if (reviewBy.isBefore(today)) {
            diagnostics.error(
                    "review-expired",
                    at,
                    what
                            + " was due for review on "
                            + reviewBy
                            + ": review it and move review_by forward");
        } else if (!reviewBy.isAfter(today.plusDays(REVIEW_WARNING_DAYS))) {
            diagnostics.warning("review-soon", at, what + " is due for review on " + reviewBy);
        }
        if (since.isAfter(reviewBy)) {
            diagnostics.error(
                    "schema", at, what + ": review_by " + reviewBy + " is before since " + since);
        }
    }

    static void contactRef(Policy policy, String id, SourcePosition at, Diagnostics diagnostics) {
        if (!policy.contacts().containsKey(id)) {
            diagnostics.error(
                    "contact-ref",
                    at,
                    "unknown contact '"
                            + id
                            + "'"
                            + Suggestions.didYouMean(id, policy.contacts().keySet()));
        }
    }

    static void factRef(Policy policy, String id, SourcePosition at, Diagnostics diagnostics) {
        if (!policy.facts().containsKey(id)) {
            diagnostics.error(
                    "fact-ref",
                    at,
                    "unknown fact '"
                            + id
                            + "'"
                            + Suggestions.didYouMean(id, policy.facts().keySet()));
        }
    }
}
