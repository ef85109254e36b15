package com.sparkfabrik.handbook.policy;

import com.sparkfabrik.handbook.diag.SourcePosition;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a YAML tree that fits the schema ({@link PolicyShape} checked it) into policy records.
 * Every key, type and value rule lives in the schema; this only reads what it allowed.
 */
final class PolicyBinder {

    private PolicyBinder() {}

    static Policy bind(YamlNode root) {
        YamlNode.Mapping top = (YamlNode.Mapping) root;
        PolicyInfo info = info(mapping(top, "policy"));
        Map<String, Contact> contacts = new LinkedHashMap<>();
        for (YamlNode.Entry entry : mapping(top, "contacts").entries()) {
            contacts.put(entry.key(), contact(entry));
        }
        Map<String, Fact> facts = new LinkedHashMap<>();
        for (YamlNode.Entry entry : mapping(top, "facts").entries()) {
            facts.put(entry.key(), fact(entry, info));
        }
        List<OpenQuestion> questions = new ArrayList<>();
        for (YamlNode item : items(top, "open_questions")) {
            YamlNode.Mapping question = (YamlNode.Mapping) item;
            questions.add(
                    new OpenQuestion(
                            text(question, "id"),
                            text(question, "question").strip(),
                            texts(question, "alternatives").stream().map(String::strip).toList(),
                            texts(question, "facts"),
                            question.position()));
        }
        Map<String, Harness> harnesses = new LinkedHashMap<>();
        YamlNode.Entry declared = top.entry("harnesses");
        for (YamlNode.Entry entry :
                declared == null
                        ? List.<YamlNode.Entry>of()
                        : mapping(top, "harnesses").entries()) {
            YamlNode.Mapping harness = (YamlNode.Mapping) entry.value();
            harnesses.put(
                    entry.key(),
                    new Harness(
                            entry.key(),
                            text(harness, "name").strip(),
                            Harness.Status.valueOf(constant(text(harness, "status"))),
                            texts(harness, "facts"),
                            entry.keyPosition(),
                            valuePositions(harness)));
        }
        Map<String, SourcePosition> sections = new LinkedHashMap<>();
        top.entries().forEach(e -> sections.put(e.key(), e.keyPosition()));
        return new Policy(info, contacts, facts, questions, harnesses, sections);
    }

    private static PolicyInfo info(YamlNode.Mapping policy) {
        return new PolicyInfo(
                text(policy, "id"),
                text(policy, "title"),
                optionalText(policy, "summary").orElse(""),
                text(policy, "owner"),
                text(policy, "status"),
                LocalDate.parse(text(policy, "since")),
                LocalDate.parse(text(policy, "review_by")),
                policy.position(),
                valuePositions(policy));
    }

    private static Contact contact(YamlNode.Entry entry) {
        YamlNode.Mapping contact = (YamlNode.Mapping) entry.value();
        return new Contact(
                entry.key(),
                text(contact, "name"),
                optionalText(contact, "channel"),
                optionalText(contact, "description"),
                contact.position());
    }

    private static Fact fact(YamlNode.Entry entry, PolicyInfo info) {
        YamlNode.Mapping fact = (YamlNode.Mapping) entry.value();
        ValueType type = ValueType.valueOf(constant(text(fact, "type")));
        List<Reference> references = new ArrayList<>();
        for (YamlNode item : items(fact, "references")) {
            YamlNode.Mapping reference = (YamlNode.Mapping) item;
            references.add(
                    new Reference(
                            text(reference, "title"),
                            text(reference, "url"),
                            optionalText(reference, "verified").map(LocalDate::parse)));
        }
        return new Fact(
                entry.key(),
                Level.valueOf(constant(text(fact, "level"))),
                type,
                value(fact.entry("value").value(), type),
                text(fact, "statement").strip(),
                text(fact, "page"),
                text(fact, "anchor"),
                texts(fact, "contacts"),
                optionalText(fact, "tldr").map(Boolean::parseBoolean).orElse(false),
                optionalText(fact, "tldr_order").map(Integer::parseInt).orElse(Integer.MAX_VALUE),
                optionalText(fact, "since").map(LocalDate::parse).orElse(info.since()),
                optionalText(fact, "review_by").map(LocalDate::parse).orElse(info.reviewBy()),
                references,
                entry.keyPosition(),
                valuePositions(fact));
    }

    private static FactValue value(YamlNode node, ValueType type) {
        return switch (type) {
            case LIST ->
                    new FactValue.ListValue(
                            ((YamlNode.Sequence) node)
                                    .items().stream().map(PolicyBinder::text).toList());
            case MAP -> {
                Map<String, String> entries = new LinkedHashMap<>();
                ((YamlNode.Mapping) node)
                        .entries()
                        .forEach(e -> entries.put(e.key(), text(e.value())));
                yield new FactValue.MapValue(entries);
            }
            default -> new FactValue.Scalar(text(node));
        };
    }

    /** {@code must-not} is {@code MUST_NOT}. */
    private static String constant(String yamlName) {
        return yamlName.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private static Map<String, SourcePosition> valuePositions(YamlNode.Mapping mapping) {
        Map<String, SourcePosition> positions = new LinkedHashMap<>();
        mapping.entries().forEach(e -> positions.put(e.key(), e.value().position()));
        return positions;
    }

    private static YamlNode.Mapping mapping(YamlNode.Mapping parent, String key) {
        return (YamlNode.Mapping) parent.entry(key).value();
    }

    private static List<YamlNode> items(YamlNode.Mapping parent, String key) {
        YamlNode.Entry entry = parent.entry(key);
        return entry == null ? List.of() : ((YamlNode.Sequence) entry.value()).items();
    }

    private static String text(YamlNode.Mapping parent, String key) {
        return text(parent.entry(key).value());
    }

    private static Optional<String> optionalText(YamlNode.Mapping parent, String key) {
        return Optional.ofNullable(parent.entry(key)).map(e -> text(e.value()));
    }

    private static List<String> texts(YamlNode.Mapping parent, String key) {
        return items(parent, key).stream().map(PolicyBinder::text).toList();
    }

    private static String text(YamlNode scalar) {
        return ((YamlNode.Scalar) scalar).text();
    }
}
