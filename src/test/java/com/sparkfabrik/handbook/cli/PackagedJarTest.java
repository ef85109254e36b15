package com.sparkfabrik.handbook.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When {@code mvn site} may run the packaged jar instead of the compiled classes. */
class PackagedJarTest {

    private static final Map<String, String> FILES =
            Map.of("a/A.class", "class A", "a/B.class", "class B", "templates/page.peb", "page");

    @TempDir Path dir;
    private Path classes;
    private Path jar;
    private Path pom;

    @BeforeEach
    void packaged() throws IOException {
        classes = dir.resolve("classes");
        for (Map.Entry<String, String> file : FILES.entrySet()) {
            Path path = classes.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }
        pom = Files.writeString(dir.resolve("pom.xml"), "<project/>");
        jar = dir.resolve("handbook.jar");
        try (OutputStream out = Files.newOutputStream(jar);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> file : FILES.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
            }
            // the bundled libraries: more in the jar than in the classes is as it should be
            zip.putNextEntry(new ZipEntry("lib/Library.class"));
            zip.write(1);
        }
        Files.setLastModifiedTime(pom, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
    }

    @Test
    void aJarHoldingEveryCompiledFileIsCurrent() throws IOException {
        assertTrue(PackagedJar.current(jar, classes, pom));
    }

    @Test
    void aClassCompiledSincePackagingMakesItStale() throws IOException {
        Files.writeString(classes.resolve("a/B.class"), "class b");
        assertFalse(PackagedJar.current(jar, classes, pom));
    }

    @Test
    void aNewClassMakesItStale() throws IOException {
        Files.writeString(classes.resolve("a/C.class"), "class C");
        assertFalse(PackagedJar.current(jar, classes, pom));
    }

    @Test
    void aPomEditedSincePackagingMakesItStale() throws IOException {
        Files.setLastModifiedTime(pom, FileTime.from(Instant.now().plusSeconds(60)));
        assertFalse(PackagedJar.current(jar, classes, pom));
    }

    @Test
    void noJarOrNoClassesIsNotCurrent() throws IOException {
        assertFalse(PackagedJar.current(dir.resolve("missing.jar"), classes, pom));
        assertFalse(PackagedJar.current(jar, dir.resolve("missing"), pom));
    }
}
