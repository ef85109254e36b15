package com.sparkfabrik.handbook.cli;

import com.sparkfabrik.handbook.pipeline.BuildRequest;
import com.sparkfabrik.handbook.pipeline.BuildResult;
import com.sparkfabrik.handbook.pipeline.OutputFolder;
import com.sparkfabrik.handbook.render.OutputLock;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code build}: every check, then the site written into the output folder, all or nothing. */
@Command(
        name = "build",
        mixinStandardHelpOptions = true,
        description = "Build the handbook into a folder (default: SOURCE/site).")
final class BuildCommand implements Callable<Integer> {

    private final Map<String, String> env;

    @Mixin CommonOptions common = new CommonOptions();

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "output folder (default: SOURCE/site)")
    Path out;

    @Option(
            names = "--base-url",
            paramLabel = "URL",
            description =
                    "absolute URL the site is published at (feed, sitemap and 404 page links;"
                            + " default: base_url of handbook.yaml)")
    String baseUrl;

    @Mixin HistoryFlags history = new HistoryFlags();

    @Spec CommandSpec spec;

    BuildCommand(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        Path target = out != null ? out : common.source.resolve("site");
        Optional<String> unsafeOut = OutputFolder.problem(common.source, target);
        if (unsafeOut.isPresent()) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--out: " + unsafeOut.get());
        }
        Optional<BuildRequest> settings = common.request(spec.commandLine().getErr(), env);
        if (settings.isEmpty()) {
            return ExitCode.INPUT_ERRORS;
        }
        BuildRequest base = settings.get();
        BuildRequest request =
                history.applyTo(base)
                        .withOut(target)
                        .withBaseUrl(baseUrl != null ? baseUrl : base.baseUrl());
        BuildResult result;
        try {
            result = common.build(request, spec.commandLine().getErr());
        } catch (OutputLock.Busy busy) {
            // not a bug and not the input: one line, and the site as the other build leaves it
            spec.commandLine().getErr().println("error: " + busy.getMessage());
            return ExitCode.INTERNAL;
        }
        common.print(result.diagnostics(), spec.commandLine().getErr(), env);
        if (result.published() && !common.quiet) {
            spec.commandLine()
                    .getOut()
                    .println(
                            "built "
                                    + result.pages().size()
                                    + (result.pages().size() == 1 ? " page" : " pages")
                                    + " into "
                                    + target);
        }
        return result.ok() ? ExitCode.OK : ExitCode.INPUT_ERRORS;
    }
}
