package com.sparkfabrik.handbook.content;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.util.Locale;

/**
 * The one configuration of the Pebble engines for the trusted templates shipped in the jar: strict
 * variables and HTML autoescaping, so only HTML the generator made is inserted raw.
 */
public final class TrustedTemplates {

    private TrustedTemplates() {}

    /** An engine for the templates under {@code folder} of the jar's resources. */
    public static PebbleEngine engine(String folder) {
        ClasspathLoader loader = new ClasspathLoader(TrustedTemplates.class.getClassLoader());
        loader.setPrefix(folder);
        loader.setSuffix(".peb");
        return new PebbleEngine.Builder()
                .loader(loader)
                .strictVariables(true)
                .autoEscaping(true)
                .newLineTrimming(false)
                .defaultLocale(Locale.ROOT)
                .build();
    }
}
