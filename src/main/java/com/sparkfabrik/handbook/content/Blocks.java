package com.sparkfabrik.handbook.content;

import io.pebbletemplates.pebble.PebbleEngine;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

/**
 * The trusted templates of generated blocks, shipped in the jar ({@code templates/blocks/}): strict
 * variables and HTML autoescaping, so only HTML made by {@link FactMarkup} is inserted raw.
 */
final class Blocks {

    private final PebbleEngine engine;

    Blocks() {
        engine = TrustedTemplates.engine("templates/blocks");
    }

    String render(String template, Map<String, Object> context) {
        StringWriter out = new StringWriter(2048);
        try {
            engine.getTemplate(template).evaluate(out, context, Locale.ROOT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().strip();
    }
}
