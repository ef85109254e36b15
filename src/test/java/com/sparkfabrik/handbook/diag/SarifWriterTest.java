package com.sparkfabrik.handbook.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** SARIF 2.1.0: one run, the rules that fired, one result per diagnostic, in a fixed key order. */
class SarifWriterTest {

    @Test
    void diagnosticsBecomeOneRunWithRulesAndLocatedResults() {
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.error(
                "broken-link",
                new SourcePosition("guide/my page.html", 3, 9),
                "broken link 'x.html': x.html does not exist");
        diagnostics.warning(
                "external-link",
                new SourcePosition("index.html", 12, 0),
                "broken external link 'https://e.x/': HTTP 404");
        diagnostics.error("broken-anchor", SourcePosition.of("index.html"), "whole file");

        String sarif = SarifWriter.write(diagnostics);

        assertEquals(
                "{\"$schema\":\"https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json\","
                        + "\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{\"name\":\"policy-handbook\",\"rules\":["
                        + "{\"id\":\"broken-anchor\"},{\"id\":\"broken-link\"},{\"id\":\"external-link\"}]}},\"results\":["
                        + "{\"ruleId\":\"broken-link\",\"ruleIndex\":1,\"level\":\"error\","
                        + "\"message\":{\"text\":\"broken link 'x.html': x.html does not exist\"},"
                        + "\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{\"uri\":\"guide/my%20page.html\"},"
                        + "\"region\":{\"startLine\":3,\"startColumn\":9}}}]},"
                        + "{\"ruleId\":\"broken-anchor\",\"ruleIndex\":0,\"level\":\"error\",\"message\":{\"text\":\"whole file\"},"
                        + "\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{\"uri\":\"index.html\"}}}]},"
                        + "{\"ruleId\":\"external-link\",\"ruleIndex\":2,\"level\":\"warning\","
                        + "\"message\":{\"text\":\"broken external link 'https://e.x/': HTTP 404\"},"
                        + "\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{\"uri\":\"index.html\"},"
                        + "\"region\":{\"startLine\":12}}}]}]}]}",
                sarif);
    }

    @Test
    void anEmptyRunStillHasTheToolAndEmptyLists() {
        assertEquals(
                "{\"$schema\":\""
                        + SarifWriter.SCHEMA
                        + "\",\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":"
                        + "{\"name\":\"policy-handbook\",\"rules\":[]}},\"results\":[]}]}",
                SarifWriter.write(new Diagnostics()));
    }

    @Test
    void thePrinterWritesSarifWhenAsked() {
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.error("broken-link", new SourcePosition("a.html", 1, 2), "m");
        StringWriter out = new StringWriter();

        new DiagnosticPrinter(OutputFormat.SARIF, true).print(diagnostics, new PrintWriter(out));

        assertEquals(SarifWriter.write(diagnostics) + System.lineSeparator(), out.toString());
    }

    @Test
    void pathsAreEncodedAsUriReferences() {
        assertEquals("a/b%20c/caf%C3%A9%23x.html", SarifWriter.uriOf("a/b c/café#x.html"));
    }
}
