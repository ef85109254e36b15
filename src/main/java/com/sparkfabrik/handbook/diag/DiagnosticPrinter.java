package com.sparkfabrik.handbook.diag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;

/**
 * Prints a run's diagnostics: the text lines and summary of the contract, plus GitHub Actions
 * workflow commands when asked (so CI shows them on the diff), or one JSON or SARIF document.
 */
public final class DiagnosticPrinter {

    private final OutputFormat format;
    private final boolean githubAnnotations;

    public DiagnosticPrinter(OutputFormat format, boolean githubAnnotations) {
        this.format = format;
        this.githubAnnotations = githubAnnotations;
    }

    public void print(Diagnostics diagnostics, PrintWriter err) {
        if (format == OutputFormat.JSON) {
            err.println(toJson(diagnostics));
        } else if (format == OutputFormat.SARIF) {
            err.println(SarifWriter.write(diagnostics));
        } else {
            for (Diagnostic d : diagnostics.all()) {
                err.println(d.format());
            }
            if (githubAnnotations) {
                diagnostics.all().forEach(d -> err.println(githubCommand(d)));
            }
            err.println(diagnostics.summary());
        }
        err.flush();
    }

    static String githubCommand(Diagnostic d) {
        SourcePosition p = d.position();
        StringBuilder line =
                new StringBuilder("::")
                        .append(d.isError() ? "error" : "warning")
                        .append(" file=")
                        .append(escapeProperty(p.file()));
        if (p.line() > 0) {
            line.append(",line=").append(p.line());
        }
        if (p.column() > 0) {
            line.append(",col=").append(p.column());
        }
        line.append(",title=").append(escapeProperty(d.rule()));
        return line.append("::").append(escapeData(d.message())).toString();
    }

    // GitHub's workflow-command escaping: data escapes % CR LF, properties also : and ,
    private static String escapeData(String s) {
        return Terminal.printable(s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"));
    }

    private static String escapeProperty(String s) {
        return escapeData(s).replace(":", "%3A").replace(",", "%2C");
    }

    static String toJson(Diagnostics diagnostics) {
        ObjectMapper mapper = Terminal.jsonMapper();
        ObjectNode root = mapper.createObjectNode();
        ArrayNode list = root.putArray("diagnostics");
        for (Diagnostic d : diagnostics.all()) {
            ObjectNode item = list.addObject();
            item.put("file", d.position().file());
            item.put("line", d.position().line());
            item.put("column", d.position().column());
            item.put("severity", d.severity().label());
            item.put("rule", d.rule());
            item.put("message", d.message());
        }
        root.put("errors", diagnostics.errorCount());
        root.put("warnings", diagnostics.warningCount());
        try {
            return mapper.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("diagnostics are plain values and always serialize", e);
        }
    }
}
