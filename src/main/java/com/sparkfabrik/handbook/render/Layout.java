package com.sparkfabrik.handbook.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
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
        ClasspathLoader loader = new ClasspathLoader(Layout.class.getClassLoader());
        loader.setPrefix("templates");
        loader.setSuffix(".peb");
        engine =
                new PebbleEngine.Builder()
                        .loader(loader)
                        .strictVariables(true)
                        .autoEscaping(true)
                        .newLineTrimming(false)
                        .defaultLocale(Locale.ROOT)
                        .build();
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
