package com.sparkfabrik.handbook.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The layout's own words in the site's language, from {@code i18n/<language>.properties} in the
 * jar. {@code {0}} and {@code {1}} in a string are filled by the template ({@code replace}).
 */
final class InterfaceStrings {

    private InterfaceStrings() {}

    /** The strings of a language tag's primary language ({@code it-CH} reads {@code it}). */
    static Map<String, String> of(String language) {
        String primary = language.toLowerCase(Locale.ROOT).split("-", 2)[0];
        String path = "i18n/" + primary + ".properties";
        Properties properties = new Properties();
        try (InputStream in = InterfaceStrings.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no interface strings for '" + language + "'");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> strings = new TreeMap<>();
        properties.stringPropertyNames().forEach(k -> strings.put(k, properties.getProperty(k)));
        return Map.copyOf(strings);
    }
}
