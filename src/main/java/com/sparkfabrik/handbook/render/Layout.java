package com.sparkfabrik.handbook.render;

import com.sparkfabrik.handbook.content.TrustedTemplates;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

/**
 * The page layouts: trusted Pebble templates shipped in the jar, one engine per build, strict
 * variables and HTML autoescaping on. Only the page body, already rendered, is inserted raw.
 */
final class Layout {

    private final PebbleEngine engine;

    Layout() {
        engine = TrustedTemplates.engine("templates");
    }

    String render(String template, Map<String, Object> context) {
        PebbleTemplate compiled = engine.getTemplate(template);
        StringWriter out = new StringWriter(16 * 1024);
        try {
            compiled.evaluate(out, context, Locale.ROOT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
