package com.sparkfabrik.handbook.cli;

import com.sparkfabrik.handbook.diag.Terminal;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * How every command reports what went wrong outside the diagnostics: a bad command line as one
 * {@code error:} line and where to find the options (exit 2); a failure as one {@code internal
 * error:} line, the stack trace only with {@code --debug} (exit 3).
 */
final class Failures implements IParameterExceptionHandler, IExecutionExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("error: " + Terminal.printable(String.valueOf(e.getMessage())));
        err.println(
                "Run '" + command.getCommandSpec().qualifiedName() + " --help' for the options.");
        err.flush();
        return ExitCode.USAGE;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
        if (e instanceof ParameterException usage) {
            return handleParseException(usage, parsed.originalArgs().toArray(String[]::new));
        }
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        }
        boolean debug = parsed.originalArgs().contains("--debug");
        PrintWriter err = command.getErr();
        err.println(
                "internal error: "
                        + Terminal.printable(describe(e))
                        + (debug ? "" : " (run with --debug for the stack trace)"));
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCode.INTERNAL;
    }

    /** An I/O failure's message says what failed; anything else is a bug, named by its type. */
    private static String describe(Exception e) {
        if (e instanceof UncheckedIOException && e.getMessage() != null) {
            return e.getMessage();
        }
        return e.toString();
    }
}
