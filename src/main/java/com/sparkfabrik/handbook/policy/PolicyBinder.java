package com.sparkfabrik.handbook.policy;

import com.sparkfabrik.handbook.diag.Diagnostics;
import com.sparkfabrik.handbook.diag.SourcePosition;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns the YAML tree into policy records, reporting every key that does not fit the schema. */
final class PolicyBinder {

    static final Pattern SIMPLE_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final Pattern FACT_ID =
            Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+");
    private static final Set<String> ROOT = Set.of("policy", "contacts", "facts", "open_questions");
    private static final Set<String> INFO =
            Set.of("id", "title", "summary", "owner", "status", "since", "review_by");
    private static final Set<String> CONTACT = Set.of("name", "channel", "description");
    private static final Set<String> FACT =
            Set.of(
                    "level",
                    "type",
                    "value",
                    "statement",
                    "page",
                    "anchor",
                    "contacts",
                    "tldr",
                    "tldr_order",
                    "since",
                    "review_by",
                    "references");
    private static final Set<String> REFERENCE = Set.of("title", "url", "verified");
    private static final Set<String> QUESTION = Set.of("id", "question", "facts");
    private static final Set<String> STATUSES = Set.of("draft", "provisional", "active", "retired");

    private final Diagnostics diagnostics;

    PolicyBinder(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    Optional<Policy> bind(YamlNode root) {
        long errorsBefore = diagnostics.errorCount();
        Optional<Fields> fields = Fields.of(root, "the policy file", ROOT, diagnostics);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        Fields top = fields.get();
        Optional<PolicyInfo> info = top.node("policy", true).flatMap(this::info);
        Map<String, Contact> contacts = new LinkedHashMap<>();
        top.node("contacts", true)
                .ifPresent(
                        n ->
                                eachEntry(
                                        n,
                                        "contacts",
                                        entry ->
                                                contact(entry.key(), entry.value())
                                                        .ifPresent(
                                                                c ->
                                                                        contacts.put(
                                                                                entry.key(), c))));
        Map<String, Fact> facts = new LinkedHashMap<>();
        top.node("facts", true)
                .ifPresent(
                        n ->
                                eachEntry(
                                        n,
                                        "facts",
                                        entry ->
                                                fact(entry, info)
                                                        .ifPresent(
                                                                f -> facts.put(entry.key(), f))));
        List<OpenQuestion> questions = new ArrayList<>();
        top.node("open_questions", false).ifPresent(n -> questions.addAll(questions(n)));
        if (info.isEmpty() || diagnostics.errorCount() > errorsBefore) {
            return Optional.empty();
        }
        return Optional.of(new Policy(info.get(), contacts, facts, questions));
    }

    private Optional<PolicyInfo> info(YamlNode node) {
        return Fields.of(node, "'policy'", INFO, diagnostics)
                .flatMap(
                        f -> {
                            Optional<String> id =
                                    f.matching(
                                            "id",
                                            true,
                                            SIMPLE_ID,
                                            "lower-case words joined by dashes");
                            Optional<String> title = f.string("title", true);
                            Optional<String> summary = f.string("summary", false);
                            Optional<String> owner = f.string("owner", true);
                            Optional<String> status =
                                    f.string("status", true)
                                            .filter(s -> oneOf(f, "status", s, STATUSES));
                            Optional<LocalDate> since = f.date("since", true);
                            Optional<LocalDate> reviewBy = f.date("review_by", true);
                            if (id.isEmpty()
                                    || title.isEmpty()
                                    || owner.isEmpty()
                                    || status.isEmpty()
                                    || since.isEmpty()
                                    || reviewBy.isEmpty()) {
                                return Optional.empty();
                            }
                            return Optional.of(
                                    new PolicyInfo(
                                            id.get(),
                                            title.get(),
                                            summary.orElse(""),
                                            owner.get(),
                                            status.get(),
                                            since.get(),
                                            reviewBy.get(),
                                            f.position(),
                                            f.valuePositions()));
                        });
    }

    private Optional<Contact> contact(String id, YamlNode node) {
        return Fields.of(node, "contact '" + id + "'", CONTACT, diagnostics)
                .flatMap(
                        f -> {
                            Optional<String> name = f.string("name", true);
                            Optional<String> channel = f.string("channel", false);
                            Optional<String> description = f.string("description", false);
                            return name.map(
                                    n -> new Contact(id, n, channel, description, f.position()));
                        });
    }

    private Optional<Fact> fact(YamlNode.Entry entry, Optional<PolicyInfo> info) {
        String id = entry.key();
        return Fields.of(entry.value(), "fact '" + id + "'", FACT, diagnostics)
                .flatMap(
                        f -> {
                            Optional<Level> level =
                                    f.string("level", true)
                                            .flatMap(s -> enumValue(f, "level", s, Level.class));
                            Optional<ValueType> type =
                                    f.string("type", true)
                                            .flatMap(s -> enumValue(f, "type", s, ValueType.class));
                            Optional<FactValue> value =
                                    f.node("value", true)
                                            .flatMap(
                                                    v ->
                                                            type.flatMap(
                                                                    t ->
                                                                            new ValueReader(
                                                                                            diagnostics)
                                                                                    .read(v, t)));
                            Optional<String> statement = f.string("statement", true);
                            Optional<String> page = f.string("page", true);
                            Optional<String> anchor = f.string("anchor", true);
                            List<String> contacts =
                                    f.stringList("contacts").orElse(List.of()).stream()
                                            .map(Fields.Located::text)
                                            .toList();
                            boolean tldr = f.bool("tldr").orElse(false);
                            int tldrOrder = f.integer("tldr_order").orElse(Integer.MAX_VALUE);
                            Optional<LocalDate> since = f.date("since", false);
                            Optional<LocalDate> reviewBy = f.date("review_by", false);
                            List<Reference> references =
                                    f.node("references", false)
                                            .map(this::references)
                                            .orElse(List.of());
                            if (level.isEmpty()
                                    || value.isEmpty()
                                    || statement.isEmpty()
                                    || page.isEmpty()
                                    || anchor.isEmpty()) {
                                return Optional.empty();
                            }
                            return Optional.of(
                                    new Fact(
                                            id,
                                            level.get(),
                                            type.get(),
                                            value.get(),
                                            statement.get().strip(),
                                            page.get(),
                                            anchor.get(),
                                            contacts,
                                            tldr,
                                            tldrOrder,
                                            since.or(() -> info.map(PolicyInfo::since))
                                                    .orElse(null),
                                            reviewBy.or(() -> info.map(PolicyInfo::reviewBy))
                                                    .orElse(null),
                                            references,
                                            entry.keyPosition(),
                                            f.valuePositions()));
                        });
    }

    private List<Reference> references(YamlNode node) {
        List<Reference> references = new ArrayList<>();
        eachItem(
                node,
                "references",
                item ->
                        Fields.of(item, "a reference", REFERENCE, diagnostics)
                                .ifPresent(
                                        f -> {
                                            Optional<String> title = f.string("title", true);
                                            Optional<String> url =
                                                    f.matching(
                                                            "url",
                                                            true,
                                                            Pattern.compile("https?://\\S+"),
                                                            "an http or https URL");
                                            Optional<LocalDate> verified = f.date("verified", true);
                                            if (title.isPresent()
                                                    && url.isPresent()
                                                    && verified.isPresent()) {
                                                references.add(
                                                        new Reference(
                                                                title.get(),
                                                                url.get(),
                                                                verified.get()));
                                            }
                                        }));
        return references;
    }

    private List<OpenQuestion> questions(YamlNode node) {
        List<OpenQuestion> questions = new ArrayList<>();
        eachItem(
                node,
                "open_questions",
                item ->
                        Fields.of(item, "an open question", QUESTION, diagnostics)
                                .ifPresent(
                                        f -> {
                                            Optional<String> id =
                                                    f.matching(
                                                            "id",
                                                            true,
                                                            SIMPLE_ID,
                                                            "lower-case words joined by dashes");
                                            Optional<String> question = f.string("question", true);
                                            List<String> facts =
                                                    f.stringList("facts").orElse(List.of()).stream()
                                                            .map(Fields.Located::text)
                                                            .toList();
                                            if (id.isPresent() && question.isPresent()) {
                                                questions.add(
                                                        new OpenQuestion(
                                                                id.get(),
                                                                question.get().strip(),
                                                                facts,
                                                                f.position()));
                                            }
                                        }));
        return questions;
    }

    private void eachEntry(
            YamlNode node, String what, java.util.function.Consumer<YamlNode.Entry> action) {
        if (!(node instanceof YamlNode.Mapping mapping)) {
            diagnostics.error(
                    Fields.SCHEMA,
                    node.position(),
                    "'" + what + "' must be a map, not " + YamlNode.describe(node));
            return;
        }
        Pattern idPattern = what.equals("facts") ? FACT_ID : SIMPLE_ID;
        for (YamlNode.Entry entry : mapping.entries()) {
            if (idPattern.matcher(entry.key()).matches()) {
                action.accept(entry);
            } else {
                diagnostics.error(
                        Fields.SCHEMA,
                        entry.keyPosition(),
                        "invalid id '"
                                + entry.key()
                                + "' in '"
                                + what
                                + "': "
                                + (what.equals("facts")
                                        ? "use area.name, lower-case words joined by dashes"
                                        : "use lower-case words joined by dashes"));
            }
        }
    }

    private void eachItem(
            YamlNode node, String what, java.util.function.Consumer<YamlNode> action) {
        if (node instanceof YamlNode.Sequence seq) {
            seq.items().forEach(action);
        } else {
            diagnostics.error(
                    Fields.SCHEMA,
                    node.position(),
                    "'" + what + "' must be a list, not " + YamlNode.describe(node));
        }
    }

    private boolean oneOf(Fields f, String key, String value, Set<String> allowed) {
        if (allowed.contains(value)) {
            return true;
        }
        SourcePosition at = f.node(key, false).map(YamlNode::position).orElse(f.position());
        diagnostics.error(
                Fields.SCHEMA,
                at,
                "'"
                        + key
                        + "' must be one of "
                        + String.join(", ", new java.util.TreeSet<>(allowed))
                        + ", not '"
                        + value
                        + "'");
        return false;
    }

    private <E extends Enum<E>> Optional<E> enumValue(
            Fields f, String key, String value, Class<E> type) {
        String constant = value.toUpperCase(Locale.ROOT).replace('-', '_');
        for (E candidate : type.getEnumConstants()) {
            if (candidate.name().equals(constant) && value.equals(value.toLowerCase(Locale.ROOT))) {
                return Optional.of(candidate);
            }
        }
        List<String> names = new ArrayList<>();
        for (E candidate : type.getEnumConstants()) {
            names.add(candidate.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        SourcePosition at = f.node(key, false).map(YamlNode::position).orElse(f.position());
        diagnostics.error(
                Fields.SCHEMA,
                at,
                "'"
                        + key
                        + "' must be one of "
                        + String.join(", ", names)
                        + ", not '"
                        + value
                        + "'");
        return Optional.empty();
    }
}
