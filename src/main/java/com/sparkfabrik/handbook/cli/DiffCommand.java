package com.sparkfabrik.handbook.cli;

import com.sparkfabrik.handbook.content.RenderedPage;
import com.sparkfabrik.handbook.diag.DiagnosticPrinter;
import com.sparkfabrik.handbook.diag.Diagnostics;
import com.sparkfabrik.handbook.diag.OutputFormat;
import com.sparkfabrik.handbook.history.HistoryOptions;
import com.sparkfabrik.handbook.history.PolicyDiff;
import com.sparkfabrik.handbook.pipeline.BuildRequest;
import com.sparkfabrik.handbook.pipeline.Pipeline;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code diff [BASE] [HEAD]}: the fact-level changes between two revisions of policy.yaml and the
 * pages each one affects, for a pull-request comment or a CI gate.
 */
@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        description =
                "Show the fact-level policy changes between two git revisions (default: the merge"
                        + " base with the main branch against the working tree) and the pages"
                        + " each affects.")
final class DiffCommand implements Callable<Integer> {

    /** What the report is written as. */
    enum Format {
        TEXT,
        MARKDOWN,
        JSON
    }

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "BASE",
            description = "base revision (default: the merge base of HEAD with the main branch)")
    String base;

    @Parameters(
            index = "1",
            arity = "0..1",
            paramLabel = "HEAD",
            description = "head revision (default: the working tree)")
    String head;

    @Option(
            names = "--source",
            paramLabel = "DIR",
            description = "the handbook source folder (default: .)")
    Path source = Path.of(".");

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "text, markdown (for a pull-request comment) or json (default: text)")
    Format format = Format.TEXT;

    @Option(
            names = "--fail-on",
            paramLabel = "breaking",
            description = "exit 1 when a change breaks feed consumers")
    FailOn failOn;

    /** When the command fails. */
    enum FailOn {
        BREAKING
    }

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Diagnostics diagnostics = new Diagnostics();
        Optional<PolicyDiff> diff =
                PolicyDiff.of(
                        source, Optional.ofNullable(base), Optional.ofNullable(head), diagnostics);
        if (diff.isEmpty()) {
            new DiagnosticPrinter(OutputFormat.TEXT, false)
                    .print(diagnostics, spec.commandLine().getErr());
            return ExitCode.INPUT_ERRORS;
        }
        String report = new DiffReport(diff.get(), pagesUsing()).render(format);
        spec.commandLine().getOut().print(report);
        spec.commandLine().getOut().flush();
        return failOn == FailOn.BREAKING && diff.get().breaking()
                ? ExitCode.INPUT_ERRORS
                : ExitCode.OK;
    }

    /** For every fact id the pages use: {@code content/page.md:line}, in page order. */
    private Map<String, List<String>> pagesUsing() throws IOException {
        BuildRequest request =
                BuildRequest.check(source, Clock.systemDefaultZone())
                        .withHistory(HistoryOptions.off(), Optional.empty());
        Map<String, Set<String>> uses = new TreeMap<>();
        for (RenderedPage page : new Pipeline(request).run(Set.of()).result().pages()) {
            for (var use : page.uses()) {
                uses.computeIfAbsent(use.id(), id -> new LinkedHashSet<>())
                        .add(page.source().file() + ":" + use.line());
            }
        }
        Map<String, List<String>> lists = new TreeMap<>();
        uses.forEach((id, where) -> lists.put(id, List.copyOf(where)));
        return lists;
    }
}
