package com.sparkfabrik.handbook.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sparkfabrik.handbook.diag.Terminal;
import com.sparkfabrik.handbook.feed.FeedWriter;
import com.sparkfabrik.handbook.history.FactChange;
import com.sparkfabrik.handbook.history.PolicyDiff;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A policy diff as text (terminal), Markdown (pull-request comment) or JSON (tools). */
final class DiffReport {

    private final PolicyDiff diff;
    private final Map<String, List<String>> uses;

    DiffReport(PolicyDiff diff, Map<String, List<String>> uses) {
        this.diff = diff;
        this.uses = uses;
    }

    String render(DiffCommand.Format format) {
        return switch (format) {
            case TEXT -> text();
            case MARKDOWN -> markdown();
            case JSON -> json();
        };
    }

    private String text() {
        StringBuilder out = new StringBuilder(summary()).append('\n');
        for (FactChange c : diff.changes()) {
            out.append(Terminal.printable(headline(c))).append('\n');
            List<String> pages = pages(c);
            out.append("  pages: ")
                    .append(pages.isEmpty() ? "none" : Terminal.printable(String.join(", ", pages)))
                    .append('\n');
        }
        return out.toString();
    }

    private String markdown() {
        StringBuilder out =
                new StringBuilder("### Policy changes: `")
                        .append(diff.baseLabel())
                        .append("` → ")
                        .append(
                                diff.headLabel().equals("working tree")
                                        ? "working tree"
                                        : "`" + diff.headLabel() + "`")
                        .append("\n\n")
                        .append(summary())
                        .append('\n');
        if (diff.changes().isEmpty()) {
            return out.toString();
        }
        out.append("\n| change | fact | before | after | pages |\n|---|---|---|---|---|\n");
        for (FactChange c : diff.changes()) {
            out.append("| ")
                    .append(
                            c.breaking()
                                    ? "**" + c.kind().label() + " (breaking)**"
                                    : c.kind().label())
                    .append(" | `")
                    .append(cell(c.id()))
                    .append('`')
                    .append(
                            c.kind() == FactChange.Kind.RENAMED
                                    ? " (was `" + cell(c.previousId()) + "`)"
                                    : "")
                    .append(" | ")
                    .append(cell(c.before().map(FactChange.Version::valueText).orElse("")))
                    .append(" | ")
                    .append(cell(c.after().map(FactChange.Version::valueText).orElse("")))
                    .append(" | ")
                    .append(cell(String.join(", ", pages(c))))
                    .append(" |\n");
        }
        return out.toString();
    }

    private String json() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode root = nodes.objectNode();
        root.put("base", diff.baseLabel());
        root.put("head", diff.headLabel());
        root.put("breaking", diff.breaking());
        ArrayNode changes = root.putArray("changes");
        for (FactChange c : diff.changes()) {
            ObjectNode change = changes.addObject();
            change.put("kind", c.kind().label());
            change.put("id", c.id());
            change.put("previous_id", c.previousId());
            change.put("breaking", c.breaking());
            c.changedFields().forEach(change.putArray("fields")::add);
            c.before().ifPresent(v -> version(change.putObject("before"), v));
            c.after().ifPresent(v -> version(change.putObject("after"), v));
            pages(c).forEach(change.putArray("pages")::add);
        }
        return new String(new FeedWriter().write(root), StandardCharsets.UTF_8);
    }

    private static void version(ObjectNode node, FactChange.Version v) {
        node.put("level", v.level());
        node.put("type", v.type());
        node.set("value", v.value());
        node.put("statement", v.statement());
    }

    private String summary() {
        long breaking = diff.changes().stream().filter(FactChange::breaking).count();
        int n = diff.changes().size();
        return "policy.yaml "
                + diff.baseLabel()
                + " → "
                + diff.headLabel()
                + ": "
                + (n == 0 ? "no fact changes" : n + (n == 1 ? " fact change" : " fact changes"))
                + (breaking == 0
                        ? ""
                        : ", "
                                + breaking
                                + (breaking == 1 ? " breaks" : " break")
                                + " feed consumers");
    }

    private static String headline(FactChange c) {
        String line = c.kind().label() + " " + c.id();
        if (c.kind() == FactChange.Kind.RENAMED) {
            line += " (was " + c.previousId() + ")";
        }
        if (!c.changedFields().isEmpty()) {
            line += " [" + String.join(", ", c.changedFields()) + "]";
        }
        Optional<String> before = c.before().map(FactChange.Version::valueText);
        Optional<String> after = c.after().map(FactChange.Version::valueText);
        if (c.kind() == FactChange.Kind.CHANGED && !before.equals(after)) {
            line += ": " + before.get() + " → " + after.get();
        } else if (c.kind() == FactChange.Kind.ADDED) {
            line += ": " + after.get();
        }
        return line + (c.breaking() ? " (breaking)" : "");
    }

    /** The pages that use the fact, under its new id and (for a rename) its old one. */
    private List<String> pages(FactChange c) {
        List<String> pages = new ArrayList<>(uses.getOrDefault(c.id(), List.of()));
        if (!c.previousId().equals(c.id())) {
            pages.addAll(uses.getOrDefault(c.previousId(), List.of()));
        }
        return pages;
    }

    /** Markdown table cell text: no line breaks, pipes escaped, backticks kept out of code. */
    private static String cell(String text) {
        return text.replace("\\", "\\\\")
                .replace("|", "\\|")
                .replace("`", "'")
                .replace("\r", " ")
                .replace("\n", " ");
    }
}
