package com.sparkfabrik.handbook.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.unbescape.html.HtmlEscape;

class TrustedTemplatesTest {

    private static String render(String text) throws IOException {
        return render(TrustedTemplates.engine("templates-test"), text);
    }

    private static String render(PebbleEngine engine, String text) throws IOException {
        StringWriter out = new StringWriter();
        engine.getTemplate("escape").evaluate(out, Map.of("text", text));
        return out.toString();
    }

    /** The same configuration with Pebble's own HTML strategy. */
    private static PebbleEngine pebblesOwn() {
        ClasspathLoader loader = new ClasspathLoader(TrustedTemplatesTest.class.getClassLoader());
        loader.setPrefix("templates-test");
        loader.setSuffix(".peb");
        return new PebbleEngine.Builder()
                .loader(loader)
                .strictVariables(true)
                .autoEscaping(true)
                .newLineTrimming(false)
                .defaultLocale(Locale.ROOT)
                .build();
    }

    /** Every UTF-16 unit, a pair, and a lone surrogate: escaped as Pebble's own strategy does. */
    @Test
    void escapesExactlyAsPebblesOwnHtmlStrategy() throws IOException {
        StringBuilder all = new StringBuilder();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            all.append((char) c);
        }
        all.appendCodePoint(0x1F600).append("a&b<c>d\"e'f").append('\uD800').append('x');
        String text = all.toString();
        String escaped = HtmlEscape.escapeHtml4Xml(text);

        assertEquals(escaped, HtmlEscaper.escape(text));
        assertEquals(escaped + "|" + escaped + "|" + text, render(text));
        assertEquals(render(pebblesOwn(), text), render(text));
    }

    @Test
    void escapesTheFiveMarkupCharacters() throws IOException {
        assertEquals(
                "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;|&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;|<a href=\"x\">'&'",
                render("<a href=\"x\">'&'"));
    }
}
