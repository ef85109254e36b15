package com.sparkfabrik.handbook.check;

import com.sparkfabrik.handbook.diag.DiagnosticPrinter;
import com.sparkfabrik.handbook.diag.Diagnostics;
import com.sparkfabrik.handbook.diag.OutputFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Small sites for tests: written from text blocks into a temporary folder, or read from test
 * resources.
 */
final class TestSites {

    private TestSites() {}

    /** Writes each path -> content under {@code root}; returns {@code root}. */
    static Path write(Path root, Map<String, String> files) {
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path target = root.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return root;
    }

    /** A minimal page whose body is {@code body}; the body starts on line 2. */
    static String page(String body) {
        return "<!DOCTYPE html><html><head><title>t</title></head><body>\n"
                + body
                + "\n</body></html>\n";
    }

    static Path resource(String path) {
        try {
            return Path.of(TestSites.class.getResource(path).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The problems as the CLI prints them: diagnostic lines, then the summary line. */
    static String text(List<LinkProblem> problems) {
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.addAll(LinkProblem.toDiagnostics(problems));
        StringWriter out = new StringWriter();
        new DiagnosticPrinter(OutputFormat.TEXT, false).print(diagnostics, new PrintWriter(out));
        return out.toString().replace("\r\n", "\n");
    }

    /**
     * Writes the files under {@code root}, checks the whole folder, and returns the diagnostic
     * lines.
     */
    static List<String> check(Path root, Map<String, String> files, LinkCheckOptions options) {
        write(root, files);
        return lines(LinkChecker.checkFolder(root, root, options).problems());
    }

    /** The single expected line, or none when {@code expected} is null (the link is valid). */
    static List<String> expect(String expected) {
        return expected == null ? List.of() : List.of(expected);
    }

    /** Only the diagnostic lines, without the summary: for table tests. */
    static List<String> lines(List<LinkProblem> problems) {
        return LinkProblem.toDiagnostics(problems).stream().sorted().map(d -> d.format()).toList();
    }
}
