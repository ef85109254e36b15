package com.sparkfabrik.handbook.cli;

import com.sparkfabrik.handbook.diag.DiagnosticPrinter;
import com.sparkfabrik.handbook.diag.Diagnostics;
import com.sparkfabrik.handbook.diag.OutputFormat;
import com.sparkfabrik.handbook.diag.RuleSeverities;
import com.sparkfabrik.handbook.diag.Rules;
import com.sparkfabrik.handbook.diag.Severity;
import com.sparkfabrik.handbook.diag.Suggestions;
import com.sparkfabrik.handbook.history.HistoryOptions;
import com.sparkfabrik.handbook.pipeline.Build;
import com.sparkfabrik.handbook.pipeline.BuildRequest;
import com.sparkfabrik.handbook.pipeline.BuildResult;
import com.sparkfabrik.handbook.pipeline.Progress;
import com.sparkfabrik.handbook.policy.Settings;
import com.sparkfabrik.handbook.policy.SettingsLoader;
import com.sparkfabrik.handbook.render.PageSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Options every source-reading command shares. */
final class CommonOptions {

    @Option(
            names = "--source",
            paramLabel = "DIR",
            description = "the handbook source folder (default: .)")
    Path source = Path.of(".");

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "diagnostics format: ${COMPLETION-CANDIDATES} (default: text)")
    OutputFormat format = OutputFormat.TEXT;

    @Option(names = "--debug", description = "print stack traces of internal errors")
    boolean debug;

    @Option(
            names = {"-q", "--quiet"},
            description = "print only errors and warnings")
    boolean quiet;

    @Option(
            names = {"-v", "--verbose"},
            description = "also print what was built and how long it took")
    boolean verbose;

    /** Runs a build with a progress line on a terminal, and its timing with --verbose. */
    BuildResult build(BuildRequest request, PrintWriter err) throws IOException {
        Progress progress = new Progress();
        long start = System.nanoTime();
        BuildResult result;
        try (AutoCloseable line =
                ProgressLine.startIf(System.console() != null, quiet, progress, err)) {
            result = new Build().run(request, progress);
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        if (verbose) {
            err.printf(
                    Locale.ROOT,
                    "%d pages rendered and checked in %d ms: %s ms%n",
                    result.pages().size(),
                    (System.nanoTime() - start) / 1_000_000,
                    progress.stages().stream()
                            .map(stage -> stage.name() + " " + stage.millis())
                            .collect(Collectors.joining(", ")));
        }
        return result;
    }

    @Option(
            names = "--severity",
            paramLabel = "RULE=LEVEL",
            description =
                    "change a rule's severity: error, warning or off (repeatable), e.g. --severity unused-fact=off")
    Map<String, Severity> severity = new TreeMap<>();

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /**
     * What every source-reading command builds: the settings of handbook.yaml, the flags winning
     * over them. Empty when handbook.yaml has errors, which are printed.
     */
    Optional<BuildRequest> request(PrintWriter err, Map<String, String> env) {
        severities(); // an unknown rule on the command line is a usage error before anything else
        Diagnostics diagnostics = new Diagnostics();
        Optional<Settings> read = SettingsLoader.load(source, diagnostics);
        if (read.isEmpty()) {
            print(diagnostics, err, env);
            return Optional.empty();
        }
        Settings settings = read.get();
        Map<String, Severity> merged = new TreeMap<>(settings.severities());
        merged.putAll(severity);
        return Optional.of(
                BuildRequest.check(source, Clock.systemDefaultZone())
                        .withSeverities(RuleSeverities.of(merged))
                        .withBaseUrl(settings.baseUrl())
                        .withHistory(
                                new HistoryOptions(true, settings.historyStart(), Optional.empty()),
                                Optional.empty())
                        .withPageSettings(
                                new PageSettings(
                                        settings.language(),
                                        settings.repository(),
                                        settings.editUrl())));
    }

    /** The per-rule severities asked for; an unknown rule is a usage error. */
    RuleSeverities severities() {
        for (String rule : severity.keySet()) {
            if (!Rules.ALL.contains(rule)) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(),
                        "unknown rule '" + rule + "'" + Suggestions.didYouMean(rule, Rules.ALL));
            }
        }
        return RuleSeverities.of(severity);
    }

    void print(Diagnostics diagnostics, PrintWriter err, Map<String, String> env) {
        new DiagnosticPrinter(format, "true".equals(env.get("GITHUB_ACTIONS")))
                .print(diagnostics, err);
    }
}
