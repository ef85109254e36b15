package com.sparkfabrik.handbook.cli;

import com.sparkfabrik.handbook.diag.DiagnosticPrinter;
import com.sparkfabrik.handbook.diag.Diagnostics;
import com.sparkfabrik.handbook.diag.OutputFormat;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options every source-reading command shares. */
final class CommonOptions {

    @Option(names = "--source", paramLabel = "DIR", description = "the handbook source folder (default: .)")
    Path source = Path.of(".");

    @Option(names = "--format", paramLabel = "FORMAT", description = "diagnostics format: ${COMPLETION-CANDIDATES} (default: text)")
    OutputFormat format = OutputFormat.TEXT;

    @Option(names = "--debug", description = "print stack traces of internal errors")
    boolean debug;

    @Option(names = {"-q", "--quiet"}, description = "print only errors and warnings")
    boolean quiet;

    void print(Diagnostics diagnostics, PrintWriter err, Map<String, String> env) {
        new DiagnosticPrinter(format, "true".equals(env.get("GITHUB_ACTIONS"))).print(diagnostics, err);
    }
}
