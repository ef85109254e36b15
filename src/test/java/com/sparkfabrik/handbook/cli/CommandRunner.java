package com.sparkfabrik.handbook.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine;

/**
 * Runs a command as the CLI would, with captured output: {@code new
 * CommandLine(command).execute(args)}.
 */
final class CommandRunner {

    record Result(int exitCode, String out, String err) {}

    private CommandRunner() {}

    static Result links(String... args) {
        return links(Map.of(), Clock.systemUTC(), args);
    }

    static Result links(Map<String, String> environment, Clock clock, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(new LinksCommand(environment, clock));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Result(exitCode, normalize(out), normalize(err));
    }

    private static String normalize(StringWriter writer) {
        return writer.toString().replace("\r\n", "\n");
    }
}
