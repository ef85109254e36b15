package com.sparkfabrik.handbook.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the project version Maven wrote into the jar at build time. */
final class VersionProvider implements IVersionProvider {

    static final String RESOURCE = "handbook-version.properties";

    @Override
    public String[] getVersion() {
        return new String[] {"policy-handbook " + version()};
    }

    static String version() {
        Properties properties = new Properties();
        try (InputStream in =
                VersionProvider.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing built-in resource " + RESOURCE);
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }
}
