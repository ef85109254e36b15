package com.sparkfabrik.handbook.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.Map;

/**
 * Runs {@code links} through the command line as {@code handbook links ...} would, with captured
 * output.
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
        String[] line = new String[args.length + 1];
        line[0] = "links";
        System.arraycopy(args, 0, line, 1, args.length);
        int exitCode =
                Main.run(
                        line,
                        new PrintWriter(out, true),
                        new PrintWriter(err, true),
                        environment,
                        clock);
        return new Result(exitCode, normalize(out), normalize(err));
    }

    private static String normalize(StringWriter writer) {
        return writer.toString().replace("\r\n", "\n");
    }
}
