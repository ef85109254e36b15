package com.sparkfabrik.handbook.cli;

import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code handbook build|check|links|serve|explain}. Exit codes: 0 success, 1 the inputs have
 * errors, 2 bad command line, 3 internal failure (a bug: one line, the trace only with --debug).
 */
@Command(
        name = "handbook",
        mixinStandardHelpOptions = true,
        version = "policy-handbook 1.0",
        description = "Builds and checks a policy handbook: policy.yaml + content/ -> site/.",
        subcommands = {
            BuildCommand.class,
            CheckCommand.class,
            LinksCommand.class,
            ServeCommand.class,
            ExplainCommand.class
        })
public final class Main implements Runnable {

    public static final int OK = 0;
    public static final int INPUT_ERRORS = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL = 3;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(), "missing command: build, check, links, serve or explain");
    }

    public static void main(String[] args) {
        System.exit(
                run(
                        args,
                        new PrintWriter(System.out, true),
                        new PrintWriter(System.err, true),
                        System.getenv()));
    }

    /** Runs a command line with the given streams and environment; returns the exit code. */
    public static int run(
            String[] args, PrintWriter out, PrintWriter err, Map<String, String> env) {
        CommandLine commandLine = new CommandLine(new Main(), new Factory(env));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler(
                (e, cmd, parsed) -> {
                    boolean debug = parsed.originalArgs().contains("--debug");
                    cmd.getErr()
                            .println(
                                    "internal error: "
                                            + e
                                            + (debug
                                                    ? ""
                                                    : " (run with --debug for the stack trace)"));
                    if (debug) {
                        e.printStackTrace(cmd.getErr());
                    }
                    cmd.getErr().flush();
                    return INTERNAL;
                });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Hands the environment to commands that need it (GitHub annotations, terminal detection). */
    private record Factory(Map<String, String> env) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == BuildCommand.class) {
                return type.cast(new BuildCommand(env));
            }
            if (type == CheckCommand.class) {
                return type.cast(new CheckCommand(env));
            }
            if (type == LinksCommand.class) {
                return type.cast(new LinksCommand(env, java.time.Clock.systemUTC()));
            }
            if (type == ServeCommand.class) {
                return type.cast(new ServeCommand(env));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
