package com.sparkfabrik.handbook.check;

import com.sparkfabrik.handbook.diag.Diagnostic;
import com.sparkfabrik.handbook.diag.SourcePosition;
import com.sparkfabrik.handbook.diag.Terminal;
import java.util.List;

/**
 * One link that does not work: where it is written, what it says, what it resolved to and why it
 * fails.
 *
 * @param kind what is wrong, which gives the diagnostic's rule
 * @param file the HTML file, relative to the root, with forward slashes
 * @param line 1-based line of the attribute value (0 if unknown)
 * @param column 1-based column of the attribute value (0 if unknown)
 * @param href the attribute value as the browser sees it (entities decoded)
 * @param target what it resolved to: a path relative to the root (with its {@code #fragment}), or
 *     an absolute URL
 * @param reason why it fails, e.g. {@code no id or name 'x' in a/b.html}
 */
public record LinkProblem(
        Kind kind, String file, int line, int column, String href, String target, String reason)
        implements Comparable<LinkProblem> {

    /** What is wrong with a link; each kind is one diagnostic rule. */
    public enum Kind {
        /** The target file or directory index does not exist. */
        BROKEN_LINK("broken-link", "broken link"),
        /** The target exists but has no element with that id or {@code <a name>}. */
        BROKEN_ANCHOR("broken-anchor", "broken link"),
        /** A {@code javascript:}, {@code vbscript:} or navigable {@code data:} URL. */
        UNSAFE_LINK("unsafe-link", "unsafe link"),
        /** An external URL that failed (only with external checking on). */
        EXTERNAL_LINK("external-link", "broken external link"),
        /** {@code href=""}, {@code href="#"} or no href, where the options make them errors. */
        EMPTY_LINK("empty-link", "empty link");

        private final String rule;
        private final String label;

        Kind(String rule, String label) {
            this.rule = rule;
            this.label = label;
        }

        public String rule() {
            return rule;
        }
    }

    /**
     * The problem as an error diagnostic: {@code broken link 'a/b.html#x': no id or name 'x' in
     * a/b.html}.
     */
    public Diagnostic toDiagnostic() {
        String message = kind.label + " '" + Terminal.printable(href) + "': " + reason;
        return Diagnostic.error(kind.rule, new SourcePosition(file, line, column), message);
    }

    public static List<Diagnostic> toDiagnostics(List<LinkProblem> problems) {
        return problems.stream().map(LinkProblem::toDiagnostic).toList();
    }

    /** In the order their diagnostics are printed. */
    @Override
    public int compareTo(LinkProblem other) {
        return toDiagnostic().compareTo(other.toDiagnostic());
    }
}
