package com.sparkfabrik.handbook.pipeline;

import com.sparkfabrik.handbook.check.LinkCheckOptions;
import com.sparkfabrik.handbook.check.LinkChecker;
import com.sparkfabrik.handbook.check.LinkProblem;
import com.sparkfabrik.handbook.content.RenderedPage;
import com.sparkfabrik.handbook.diag.Diagnostic;
import com.sparkfabrik.handbook.diag.Diagnostics;
import com.sparkfabrik.handbook.diag.SourcePosition;
import com.sparkfabrik.handbook.render.OutputFiles;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The last check of a build: every link, anchor and asset of the site as published, as a browser
 * would follow them, including those the layout, the TL;DR and the feed generate; from the links
 * and anchors collected while the pages were laid out, so nothing is read back. A problem with a
 * link written in Markdown is reported at that Markdown line (once: if the source check already
 * did, it is not repeated); one in generated HTML at the page's source file.
 */
final class PublishedLinks {

    private PublishedLinks() {}

    static void check(
            PublishedSite site,
            OutputFiles files,
            List<RenderedPage> pages,
            Diagnostics diagnostics) {
        Map<String, RenderedPage> byOutput = new HashMap<>();
        pages.forEach(p -> byOutput.put(p.source().outputPath(), p));
        Set<SourcePosition> alreadyReported =
                diagnostics.all().stream()
                        .filter(Diagnostic::isError)
                        .map(Diagnostic::position)
                        .collect(Collectors.toSet());
        for (LinkProblem problem :
                LinkChecker.check(
                                site.scans(),
                                files.paths(),
                                site::html,
                                LinkCheckOptions.defaults())
                        .problems()) {
            Diagnostic found = problem.toDiagnostic();
            RenderedPage page = byOutput.get(problem.file());
            if (page == null) {
                diagnostics.add(found);
                continue;
            }
            SourcePosition at =
                    page.links().stream()
                            .filter(l -> l.href().equals(problem.href()))
                            .map(RenderedPage.Link::position)
                            .findFirst()
                            .orElse(null);
            if (at != null && alreadyReported.contains(at)) {
                continue;
            }
            String message =
                    at != null
                            ? found.message()
                            : found.message() + " (in the HTML generated for this page)";
            diagnostics.add(
                    new Diagnostic(
                            found.severity(),
                            found.rule(),
                            at != null ? at : SourcePosition.of(page.source().file()),
                            message));
        }
    }
}
