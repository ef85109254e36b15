package com.sparkfabrik.handbook.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Text picked up from the input cannot break a diagnostic over lines or drive the terminal. */
class DiagnosticFormatTest {

    @Test
    void controlCharactersInMessagesAndPathsAreShownEscaped() {
        Diagnostic d =
                Diagnostic.error(
                        "fact-ref",
                        new SourcePosition("content/a\nb.md", 3, 1),
                        "unknown fact 'x\n::error file=ci.yml::forged'\u001b[2J\u0085 \u2028and\ttab");
        assertEquals(
                "content/a\\nb.md:3:1: error: unknown fact 'x\\n::error file=ci.yml::forged'\\u001B[2J\\u0085 \\u2028and\\ttab"
                        + " [fact-ref]",
                d.format());
    }

    @Test
    void githubAnnotationsCannotBeForgedThroughAMessage() {
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.error(
                "fact-ref",
                new SourcePosition("content/a.md", 1, 1),
                "unknown fact 'x\r\n::error::forged'");
        StringWriter out = new StringWriter();
        new DiagnosticPrinter(OutputFormat.TEXT, true).print(diagnostics, new PrintWriter(out));
        assertEquals(
                """
                content/a.md:1:1: error: unknown fact 'x\\r\\n::error::forged' [fact-ref]
                ::error file=content/a.md,line=1,col=1,title=fact-ref::unknown fact 'x%0D%0A::error::forged'
                1 error, 0 warnings
                """,
                out.toString().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void summaryCountsOneErrorAndOneWarningInTheSingular() {
        Diagnostics diagnostics = new Diagnostics();
        assertEquals("0 errors, 0 warnings", diagnostics.summary());
        diagnostics.error("fact-ref", new SourcePosition("a.md", 1, 1), "x");
        diagnostics.warning("unused-fact", new SourcePosition("a.md", 2, 1), "y");
        assertEquals("1 error, 1 warning", diagnostics.summary());
        diagnostics.error("fact-ref", new SourcePosition("a.md", 3, 1), "z");
        diagnostics.warning("unused-fact", new SourcePosition("a.md", 4, 1), "w");
        assertEquals("2 errors, 2 warnings", diagnostics.summary());
    }
}
