package com.sparkfabrik.handbook.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.sparkfabrik.handbook.policy.Contact;
import com.sparkfabrik.handbook.policy.Fact;
import com.sparkfabrik.handbook.policy.OpenQuestion;
import com.sparkfabrik.handbook.policy.Policy;
import com.sparkfabrik.handbook.policy.PolicyInfo;
import com.sparkfabrik.handbook.policy.PolicyLoader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a validated {@link Policy} into the feed. Everything comes from the policy and the base
 * URL: no clock, no locale, no environment, so the same policy always gives the same feed and the
 * same revision.
 */
public final class FeedBuilder {

    private final String baseUrl;

    /**
     * {@code baseUrl} is put in front of every fact's {@code url}: empty gives URLs relative to the
     * feed ({@code usage-limits.html#weekly-limit}), which resolve because {@code policy.json} sits
     * at the root of the site; otherwise it is the URL the site is published at ({@code
     * https://sparkfabrik.github.io/policy-handbook/}), a trailing slash added if missing.
     */
    public FeedBuilder(String baseUrl) {
        this.baseUrl = normalizeBaseUrl(baseUrl);
    }

    /**
     * The base URL as feeds write it: stripped, with a trailing slash, or empty.
     *
     * @throws IllegalArgumentException if it holds spaces, '#' or '?'
     */
    public static String normalizeBaseUrl(String baseUrl) {
        String url = baseUrl == null ? "" : baseUrl.strip();
        if (url.chars()
                .anyMatch(c -> Character.isWhitespace(c) || c == '#' || c == '?' || c < 0x20)) {
            throw new IllegalArgumentException(
                    "the base URL must not contain spaces, '#' or '?': '" + url + "'");
        }
        return url.isEmpty() || url.endsWith("/") ? url : url + "/";
    }

    public Feed build(Policy policy) {
        return Feed.of(content(policy));
    }

    /**
     * The facts of {@code policy}, in policy.yaml order, as the feed publishes them: what the
     * policy's history compares, for which the feed's revision (a hash of all of it) is not made.
     */
    public JsonNode facts(Policy policy) {
        return FeedJson.facts(content(policy));
    }

    private FeedContent content(Policy policy) {
        PolicyInfo info = policy.info();
        FeedContent.PolicyEntry policyEntry =
                new FeedContent.PolicyEntry(
                        info.id(),
                        info.title(),
                        Optional.of(info.summary()).filter(s -> !s.isBlank()),
                        info.owner(),
                        info.status(),
                        info.since(),
                        info.reviewBy());
        Map<String, FeedContent.ContactEntry> contacts = new LinkedHashMap<>();
        for (Contact c : policy.contacts().values()) {
            contacts.put(
                    c.id(), new FeedContent.ContactEntry(c.name(), c.channel(), c.description()));
        }
        Map<String, FactTarget> targets = targets(policy);
        var facts =
                policy.facts().values().stream()
                        .map(
                                f ->
                                        new FeedContent.FactEntry(
                                                f.id(),
                                                f.level(),
                                                f.type(),
                                                f.value(),
                                                policy.statementText(f),
                                                f.statement(),
                                                f.contacts(),
                                                f.tldr(),
                                                f.since(),
                                                f.reviewBy(),
                                                f.references(),
                                                targets.get(f.id()).url(),
                                                source(f)))
                        .toList();
        var tldr = policy.tldrFacts().stream().map(Fact::id).toList();
        var questions =
                policy.openQuestions().stream()
                        .map(
                                (OpenQuestion q) ->
                                        new FeedContent.QuestionEntry(
                                                q.id(), q.question(), q.facts()))
                        .toList();
        var harnesses =
                policy.harnesses().values().stream()
                        .map(
                                h ->
                                        new FeedContent.HarnessEntry(
                                                h.id(),
                                                policy.harnessName(h),
                                                h.status().yamlName(),
                                                h.facts(),
                                                url(targets, h.facts().get(0))))
                        .toList();
        return new FeedContent(
                FeedSchema.url(baseUrl),
                FeedSchema.VERSION,
                policyEntry,
                contacts,
                facts,
                tldr,
                questions,
                harnesses);
    }

    /** For every fact, in policy.yaml order, the page and anchor its feed {@code url} points at. */
    public Map<String, FactTarget> targets(Policy policy) {
        Map<String, FactTarget> targets = new LinkedHashMap<>();
        for (Fact f : policy.facts().values()) {
            String path = f.page() + ".html";
            targets.put(
                    f.id(),
                    new FactTarget(
                            f.id(), f.page(), f.anchor(), path, baseUrl + path + "#" + f.anchor()));
        }
        return targets;
    }

    /** A fact's url; empty for an unknown fact, which the validator reports. */
    private static String url(Map<String, FactTarget> targets, String factId) {
        FactTarget target = targets.get(factId);
        return target == null ? "" : target.url();
    }

    private static String source(Fact fact) {
        return PolicyLoader.FILE + "#L" + Math.max(1, fact.position().line());
    }
}
