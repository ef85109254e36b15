package com.sparkfabrik.handbook.check;

import com.sparkfabrik.handbook.diag.Diagnostic;
import java.util.List;

/**
 * The outcome of an offline link check.
 *
 * @param problems the broken, unsafe or empty links, sorted by file, line and column
 * @param externalLinks every http(s) link found, for {@link ExternalLinkChecker}, sorted the same
 *     way
 * @param pages how many HTML files were checked
 * @param links how many URLs were checked (each srcset candidate counts)
 */
public record LinkCheckResult(
        List<LinkProblem> problems, List<ExternalLink> externalLinks, int pages, int links) {

    public LinkCheckResult {
        problems = List.copyOf(problems);
        externalLinks = List.copyOf(externalLinks);
    }

    public List<Diagnostic> diagnostics() {
        return LinkProblem.toDiagnostics(problems);
    }
}
