package com.sparkfabrik.handbook.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sparkfabrik.handbook.policy.FactValue;
import com.sparkfabrik.handbook.policy.Reference;
import com.sparkfabrik.handbook.policy.ValueType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The feed as JSON: the document tree in its published key order, and its revision. */
final class FeedJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private FeedJson() {}

    static ObjectNode tree(Feed feed) {
        ObjectNode root = NODES.objectNode();
        root.put("$schema", feed.content().schema());
        root.put("schema_version", feed.content().schemaVersion());
        root.put("revision", feed.revision());
        root.setAll(content(feed.content()));
        for (JsonNode fact : root.path("facts")) {
            Feed.LastChange last = feed.lastChanges().get(fact.path("id").asText());
            if (last != null) {
                ObjectNode lastChanged = ((ObjectNode) fact).putObject("last_changed");
                lastChanged.put("date", last.date());
                lastChanged.put("revision", last.revision());
            }
        }
        feed.changes()
                .ifPresent(
                        c -> {
                            ObjectNode changes = root.putObject("changes");
                            changes.put("previous", c.previous());
                            strings(changes.putArray("added"), c.added());
                            strings(changes.putArray("changed"), c.changed());
                            strings(changes.putArray("removed"), c.removed());
                        });
        return root;
    }

    /** sha256 of the canonical form of everything but {@code revision} and {@code changes}. */
    static String revision(FeedContent content) {
        ObjectNode hashed = NODES.objectNode();
        hashed.put("$schema", content.schema());
        hashed.put("schema_version", content.schemaVersion());
        hashed.setAll(content(content));
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256")
                            .digest(CanonicalJson.write(hashed).getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    static JsonNode facts(FeedContent content) {
        ArrayNode facts = NODES.arrayNode();
        content.facts().forEach(f -> facts.add(fact(f)));
        return facts;
    }

    private static ObjectNode content(FeedContent content) {
        ObjectNode root = NODES.objectNode();
        FeedContent.PolicyEntry p = content.policy();
        ObjectNode policy = root.putObject("policy");
        policy.put("id", p.id());
        policy.put("title", p.title());
        p.summary().ifPresent(s -> policy.put("summary", s));
        policy.put("owner", p.owner());
        policy.put("status", p.status());
        policy.put("since", p.since().toString());
        policy.put("review_by", p.reviewBy().toString());
        ObjectNode contacts = root.putObject("contacts");
        content.contacts()
                .forEach(
                        (id, c) -> {
                            ObjectNode contact = contacts.putObject(id);
                            contact.put("name", c.name());
                            c.channel().ifPresent(v -> contact.put("channel", v));
                            c.description().ifPresent(v -> contact.put("description", v));
                        });
        root.set("facts", facts(content));
        strings(root.putArray("tldr"), content.tldr());
        ArrayNode questions = root.putArray("open_questions");
        for (FeedContent.QuestionEntry q : content.openQuestions()) {
            ObjectNode question = questions.addObject();
            question.put("id", q.id());
            question.put("question", q.question());
            strings(question.putArray("facts"), q.facts());
        }
        ArrayNode harnesses = root.putArray("harnesses");
        for (FeedContent.HarnessEntry h : content.harnesses()) {
            ObjectNode harness = harnesses.addObject();
            harness.put("id", h.id());
            harness.put("name", h.name());
            harness.put("status", h.status());
            strings(harness.putArray("facts"), h.facts());
            harness.put("url", h.url());
        }
        return root;
    }

    private static ObjectNode fact(FeedContent.FactEntry f) {
        ObjectNode fact = NODES.objectNode();
        fact.put("id", f.id());
        fact.put("level", f.level().yamlName());
        fact.put("type", f.type().yamlName());
        fact.set("value", value(f.value()));
        fact.put("statement", f.statement());
        fact.put("statement_template", f.statementTemplate());
        strings(fact.putArray("contacts"), f.contacts());
        fact.put("tldr", f.tldr());
        fact.put("since", f.since().toString());
        fact.put("review_by", f.reviewBy().toString());
        ArrayNode references = fact.putArray("references");
        for (Reference r : f.references()) {
            ObjectNode reference = references.addObject();
            reference.put("title", r.title());
            reference.put("url", r.url());
            r.verified().ifPresent(date -> reference.put("verified", date.toString()));
        }
        fact.put("url", f.url());
        fact.put("source", f.source());
        if (f.type() == ValueType.DURATION && f.value() instanceof FactValue.Scalar s) {
            fact.set("duration", IsoDuration.of(s.text()));
        }
        return fact;
    }

    /** A string, an array of strings or an object of strings, exactly as typed. */
    static JsonNode value(FactValue value) {
        if (value instanceof FactValue.Scalar s) {
            return NODES.textNode(s.text());
        }
        if (value instanceof FactValue.ListValue l) {
            return strings(NODES.arrayNode(), l.items());
        }
        ObjectNode map = NODES.objectNode();
        ((FactValue.MapValue) value).entries().forEach(map::put);
        return map;
    }

    private static ArrayNode strings(ArrayNode array, List<String> items) {
        items.forEach(array::add);
        return array;
    }

    /** The facts of a feed document by id, in document order. */
    static Map<String, JsonNode> factsById(JsonNode document) {
        return entriesById(document, "facts");
    }

    /**
     * The entries of a feed document's array {@code field} ({@code facts}, {@code harnesses}) by
     * id, in document order; entries without a string id are skipped, a missing array is empty.
     */
    static Map<String, JsonNode> entriesById(JsonNode document, String field) {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        for (JsonNode entry : document.path(field)) {
            if (entry.isObject() && entry.path("id").isTextual()) {
                byId.putIfAbsent(entry.get("id").textValue(), entry);
            }
        }
        return byId;
    }
}
