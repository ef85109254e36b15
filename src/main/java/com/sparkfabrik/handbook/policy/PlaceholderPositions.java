package com.sparkfabrik.handbook.policy;

import com.sparkfabrik.handbook.diag.SourcePosition;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Where a statement's placeholder was written. A folded ({@code >-}) statement spans several lines
 * of policy.yaml but reaches the policy as one line of text; a placeholder holds no white space, so
 * YAML never folds inside one, and its n-th occurrence in the statement is its n-th occurrence in
 * the source from the statement's line on.
 */
final class PlaceholderPositions {

    private final List<String> lines;

    PlaceholderPositions(String source) {
        this.lines = source.lines().toList();
    }

    /** The line and column of the placeholder at {@code offset} of the fact's statement. */
    SourcePosition of(Fact fact, int offset) {
        SourcePosition statement = fact.positionOf("statement");
        Matcher m = StatementPart.PLACEHOLDER.matcher(fact.statement());
        if (statement.line() < 1 || !m.find(offset) || m.start() != offset) {
            return statement;
        }
        String written = m.group();
        int occurrence = 0;
        for (int at = fact.statement().indexOf(written);
                at >= 0 && at < offset;
                at = fact.statement().indexOf(written, at + 1)) {
            occurrence++;
        }
        for (int line = statement.line() - 1; line < lines.size(); line++) {
            String text = lines.get(line);
            int from = line == statement.line() - 1 ? Math.max(0, statement.column() - 1) : 0;
            for (int col = text.indexOf(written, from);
                    col >= 0;
                    col = text.indexOf(written, col + 1)) {
                if (occurrence-- == 0) {
                    return new SourcePosition(statement.file(), line + 1, col + 1);
                }
            }
        }
        return statement;
    }
}
