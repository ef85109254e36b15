package com.sparkfabrik.handbook.diag;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * Collects the diagnostics of one run. Stages add to it instead of throwing, so every error of a
 * run is reported together. Per-rule severities (from {@link RuleSeverities}) are applied on add.
 * Thread-safe: the link check adds from several threads.
 */
public final class Diagnostics {

    private final RuleSeverities severities;
    private final TreeSet<Diagnostic> items = new TreeSet<>();

    public Diagnostics() {
        this(RuleSeverities.defaults());
    }

    public Diagnostics(RuleSeverities severities) {
        this.severities = severities;
    }

    public synchronized void add(Diagnostic diagnostic) {
        Severity effective = severities.apply(diagnostic.rule(), diagnostic.severity());
        if (effective == Severity.OFF) {
            return;
        }
        items.add(
                effective == diagnostic.severity()
                        ? diagnostic
                        : new Diagnostic(
                                effective,
                                diagnostic.rule(),
                                diagnostic.position(),
                                diagnostic.message()));
    }

    public void error(String rule, SourcePosition position, String message) {
        add(Diagnostic.error(rule, position, message));
    }

    public void warning(String rule, SourcePosition position, String message) {
        add(Diagnostic.warning(rule, position, message));
    }

    public void addAll(Collection<Diagnostic> diagnostics) {
        diagnostics.forEach(this::add);
    }

    /** Sorted by file, line, column: the order they are printed in. */
    public synchronized List<Diagnostic> all() {
        return List.copyOf(items);
    }

    public synchronized long errorCount() {
        return items.stream().filter(Diagnostic::isError).count();
    }

    public synchronized long warningCount() {
        return items.stream().filter(d -> d.severity() == Severity.WARNING).count();
    }

    public boolean hasErrors() {
        return errorCount() > 0;
    }

    /** The summary line of the contract: {@code N errors, M warnings}, singular for one. */
    public String summary() {
        return count(errorCount(), "error") + ", " + count(warningCount(), "warning");
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
