package com.sparkfabrik.handbook.pipeline;

import com.sparkfabrik.handbook.history.FactChange;
import com.sparkfabrik.handbook.history.History;
import com.sparkfabrik.handbook.history.PolicyCommit;
import com.sparkfabrik.handbook.policy.Fact;
import com.sparkfabrik.handbook.policy.Policy;
import com.sparkfabrik.handbook.render.ChangeLog;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The history as the site shows it: entries with links to where each fact is detailed now. */
final class ChangeLogs {

    private ChangeLogs() {}

    static ChangeLog of(History history, Policy policy, boolean atom) {
        Map<PolicyCommit, ChangeLog.Entry> entries = new IdentityHashMap<>();
        List<ChangeLog.Entry> list =
                history.commits().stream()
                        .map(
                                commit -> {
                                    ChangeLog.Entry entry = entry(commit, policy);
                                    entries.put(commit, entry);
                                    return entry;
                                })
                        .toList();
        Map<String, ChangeLog.Entry> sections = new HashMap<>();
        Map<String, PolicyCommit> newest = new HashMap<>();
        history.lastChanges()
                .forEach(
                        (id, commit) ->
                                policy.fact(id)
                                        .ifPresent(
                                                fact ->
                                                        newest.merge(
                                                                section(fact),
                                                                commit,
                                                                (a, b) ->
                                                                        a.time().isAfter(b.time())
                                                                                ? a
                                                                                : b)));
        newest.forEach((section, commit) -> sections.put(section, entries.get(commit)));
        return new ChangeLog(list, sections, atom && !list.isEmpty());
    }

    private static ChangeLog.Entry entry(PolicyCommit commit, Policy policy) {
        List<ChangeLog.Item> items =
                commit.changes().stream().map(change -> item(change, policy)).toList();
        return new ChangeLog.Entry(
                commit.date().toString(), commit.shortId(), commit.first(), items);
    }

    private static ChangeLog.Item item(FactChange change, Policy policy) {
        Optional<Fact> now =
                change.kind() == FactChange.Kind.REMOVED
                        ? Optional.empty()
                        : policy.fact(change.id());
        FactChange.Version shown = change.after().or(change::before).orElseThrow();
        return new ChangeLog.Item(
                change.kind().label(),
                change.id(),
                change.previousId(),
                now.map(f -> f.page() + ".html#" + f.anchor()).orElse(""),
                change.before().map(FactChange.Version::valueText).orElse(""),
                change.after().map(FactChange.Version::valueText).orElse(""),
                shown.statement());
    }

    private static String section(Fact fact) {
        return fact.page() + "#" + fact.anchor();
    }
}
