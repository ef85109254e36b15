package com.sparkfabrik.handbook.diag;

import java.util.Comparator;

/** One finding of a run: where, how bad, which rule, and a message the author can act on. */
public record Diagnostic(Severity severity, String rule, SourcePosition position, String message)
        implements Comparable<Diagnostic> {

    private static final Comparator<Diagnostic> ORDER =
            Comparator.comparing(Diagnostic::position)
                    .thenComparing(Diagnostic::severity)
                    .thenComparing(Diagnostic::rule)
                    .thenComparing(Diagnostic::message);

    public static Diagnostic error(String rule, SourcePosition position, String message) {
        return new Diagnostic(Severity.ERROR, rule, position, message);
    }

    public static Diagnostic warning(String rule, SourcePosition position, String message) {
        return new Diagnostic(Severity.WARNING, rule, position, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * The contract's text form: {@code file:line:col: error: message [rule]}, always one line:
     * control and invisible characters a path or message picked up from the input are shown escaped
     * ({@link Terminal}), so they cannot start a new line (a fake diagnostic or CI command), drive
     * the terminal or reorder what the line shows.
     */
    public String format() {
        return Terminal.printable(
                position + ": " + severity.label() + ": " + message + " [" + rule + "]");
    }

    @Override
    public int compareTo(Diagnostic other) {
        return ORDER.compare(this, other);
    }
}
