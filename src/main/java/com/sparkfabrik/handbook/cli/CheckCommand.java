package com.sparkfabrik.handbook.cli;

import com.sparkfabrik.handbook.pipeline.BuildRequest;
import com.sparkfabrik.handbook.pipeline.BuildResult;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code check}: every check of a build, nothing written. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = "Run every check; write nothing.")
final class CheckCommand implements Callable<Integer> {

    private final Map<String, String> env;

    @Mixin CommonOptions common = new CommonOptions();

    @Mixin HistoryFlags history = new HistoryFlags();

    @Spec CommandSpec spec;

    CheckCommand(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        Optional<BuildRequest> settings = common.request(spec.commandLine().getErr(), env);
        if (settings.isEmpty()) {
            return ExitCode.INPUT_ERRORS;
        }
        BuildRequest request = history.applyTo(settings.get());
        BuildResult result = common.build(request, spec.commandLine().getErr());
        common.print(result.diagnostics(), spec.commandLine().getErr(), env);
        return result.ok() ? ExitCode.OK : ExitCode.INPUT_ERRORS;
    }
}
