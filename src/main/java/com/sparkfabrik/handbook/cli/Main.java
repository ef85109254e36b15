package com.sparkfabrik.handbook.cli;

import com.sparkfabrik.handbook.policy.Schemas;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code handbook build|check|links|serve|explain|init}. Every command returns an {@link ExitCode};
 * {@link Failures} reports a bad command line and an internal failure the same way for all.
 */
@Command(
        name = "handbook",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Builds and checks a policy handbook: policy.yaml + content/ -> site/.")
public final class Main implements Runnable {

    /** The commands, in the order {@code --help} lists them. */
    private static final List<Class<?>> COMMANDS =
            List.of(
                    BuildCommand.class,
                    CheckCommand.class,
                    LinksCommand.class,
                    ServeCommand.class,
                    ExplainCommand.class,
                    DiffCommand.class,
                    InitCommand.class);

    /** The commands that read policy.yaml, whose schema is compiled ahead (see {@link Schemas}). */
    private static final Set<Class<?>> READING_THE_POLICY =
            Set.of(
                    BuildCommand.class,
                    CheckCommand.class,
                    ServeCommand.class,
                    ExplainCommand.class,
                    DiffCommand.class);

    @CommandLine.Spec CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(),
                "missing command: build, check, links, serve, explain, diff or init");
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
        return run(args, out, err, env, Clock.systemUTC());
    }

    /** The same with the clock {@code links} judges its cache by, for tests. */
    static int run(
            String[] args, PrintWriter out, PrintWriter err, Map<String, String> env, Clock clock) {
        List<Class<?>> commands = commandsFor(args);
        if (commands.size() == 1 && READING_THE_POLICY.contains(commands.get(0))) {
            Schemas.compileAhead(); // on the second core, while picocli models the command
        }
        Factory factory = new Factory(env, clock);
        CommandLine commandLine = new CommandLine(new Main(), factory);
        for (Class<?> command : commands) {
            commandLine.addSubcommand(new CommandLine(command, factory));
        }
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        Failures failures = new Failures();
        commandLine.setParameterExceptionHandler(failures);
        commandLine.setExecutionExceptionHandler(failures);
        listExitCodes(commandLine);
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * Picocli models a command by reflecting over its class, options and mixins, a tenth of a cold
     * {@code check}: a command line that names a command gets only that one; any other (help, a
     * typo, nothing) gets them all, to list them or suggest one.
     */
    private static List<Class<?>> commandsFor(String[] args) {
        for (Class<?> command : COMMANDS) {
            if (args.length > 0 && command.getAnnotation(Command.class).name().equals(args[0])) {
                return List.of(command);
            }
        }
        return COMMANDS;
    }

    private static void listExitCodes(CommandLine commandLine) {
        commandLine
                .getCommandSpec()
                .usageMessage()
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(ExitCode.descriptions());
        commandLine.getSubcommands().values().forEach(Main::listExitCodes);
    }

    /** Hands the environment and the clock to the commands that need them. */
    private record Factory(Map<String, String> env, Clock clock) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == BuildCommand.class) {
                return type.cast(new BuildCommand(env));
            }
            if (type == CheckCommand.class) {
                return type.cast(new CheckCommand(env));
            }
            if (type == LinksCommand.class) {
                return type.cast(new LinksCommand(env, clock));
            }
            if (type == ServeCommand.class) {
                return type.cast(new ServeCommand(env));
            }
            if (type == InitCommand.class) {
                return type.cast(new InitCommand(clock));
            }
            if (type == ExplainCommand.class) {
                return type.cast(new ExplainCommand(env));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
