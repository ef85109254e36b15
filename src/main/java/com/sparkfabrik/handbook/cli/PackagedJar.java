package com.sparkfabrik.handbook.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Whether the jar {@code mvn package} made still is what was compiled: it holds every file of the
 * classes folder, byte for byte (size and CRC-32 from the jar's directory), and is newer than the
 * pom, so the libraries it bundles are those the pom names. Then {@code mvn site} can run the jar
 * with its class-data archive instead of the classes.
 */
final class PackagedJar {

    private PackagedJar() {}

    static boolean current(Path jar, Path classes, Path pom) throws IOException {
        if (!Files.isRegularFile(jar)
                || !Files.isDirectory(classes)
                || !Files.isRegularFile(pom)
                || Files.getLastModifiedTime(jar).compareTo(Files.getLastModifiedTime(pom)) < 0) {
            return false;
        }
        try (ZipFile zip = new ZipFile(jar.toFile());
                Stream<Path> walk = Files.walk(classes)) {
            List<Path> files = walk.filter(Files::isRegularFile).toList();
            for (Path file : files) {
                String name = classes.relativize(file).toString().replace(File.separatorChar, '/');
                ZipEntry entry = zip.getEntry(name);
                if (entry == null || !same(entry, Files.readAllBytes(file))) {
                    return false;
                }
            }
            return !files.isEmpty();
        }
    }

    private static boolean same(ZipEntry entry, byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return entry.getSize() == bytes.length && entry.getCrc() == crc.getValue();
    }
}
