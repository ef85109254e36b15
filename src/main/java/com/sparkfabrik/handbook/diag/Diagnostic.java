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
     * control characters a path or message picked up from the input are shown escaped, so they
     * cannot start a new line (a fake diagnostic or CI command) or drive the terminal.
     */
    public String format() {
        return printable(position + ": " + severity.label() + ": " + message + " [" + rule + "]");
    }

    static String printable(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control =
                    c < 0x20 && c != '\t'
                            || c >= 0x7F && c <= 0x9F
                            || c == '\u2028'
                            || c == '\u2029';
            if (control && out == null) {
                out = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (out != null) {
                if (!control) {
                    out.append(c);
                } else if (c == '\n') {
                    out.append("\\n");
                } else if (c == '\r') {
                    out.append("\\r");
                } else {
                    out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
                }
            }
        }
        return out == null ? s : out.toString();
    }

    @Override
    public int compareTo(Diagnostic other) {
        return ORDER.compare(this, other);
    }
}
