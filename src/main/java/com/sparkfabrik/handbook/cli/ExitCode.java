package com.sparkfabrik.handbook.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** The exit codes of every command, defined once and listed in every command's help. */
final class ExitCode {

    /** Success; warnings allowed. */
    static final int OK = 0;

    /** The inputs have errors (for {@code links}: broken links found). */
    static final int INPUT_ERRORS = 1;

    /** A bad command line. */
    static final int USAGE = 2;

    /** An internal failure: a bug or an I/O error, one line, the stack trace only with --debug. */
    static final int INTERNAL = 3;

    private ExitCode() {}

    /** The list picocli prints under "Exit codes:" in each command's help. */
    static Map<String, String> descriptions() {
        Map<String, String> list = new LinkedHashMap<>();
        list.put(Integer.toString(OK), "success (warnings allowed)");
        list.put(
                Integer.toString(INPUT_ERRORS),
                "the inputs have errors (for links: broken links found)");
        list.put(Integer.toString(USAGE), "bad command line");
        list.put(Integer.toString(INTERNAL), "internal failure (--debug prints the stack trace)");
        return list;
    }
}
