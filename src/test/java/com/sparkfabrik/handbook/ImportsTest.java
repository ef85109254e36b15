package com.sparkfabrik.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Types are imported, not spelled out inline: a fully qualified name in code (outside imports,
 * comments and strings) hides a dependency from the import list, where readers and the layering
 * test look for it.
 */
class ImportsTest {

    private static final Pattern QUALIFIED =
            Pattern.compile(
                    "(?<![\\w.\"/@])(?:java|javax|com|org|picocli)(?:\\.[a-z]\\w*)*\\.[A-Z]\\w*");

    @Test
    void noFullyQualifiedNamesInCode() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("src/test/java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    List<String> lines = Files.readAllLines(file);
                    for (int i = 0; i < lines.size(); i++) {
                        String code = codeOf(lines.get(i));
                        if (QUALIFIED.matcher(code).find()) {
                            found.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), found, "import these types instead");
    }

    /** The line without string literals, or nothing when it is an import or a comment. */
    private static String codeOf(String line) {
        String s = line.strip();
        if (s.startsWith("import ")
                || s.startsWith("package ")
                || s.startsWith("*")
                || s.startsWith("//")
                || s.startsWith("/*")) {
            return "";
        }
        return s.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"");
    }
}
