package com.sparkfabrik.handbook.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sparkfabrik.handbook.Fixtures;
import com.sparkfabrik.handbook.diag.Terminal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bidirectional overrides, zero-width and other format characters from the input never reach a
 * terminal or CI log raw: diagnostics, GitHub annotations, JSON and SARIF, and {@code explain}.
 */
class InvisibleCharactersTest {

    private static final String HIDDEN = "\u202E\u2066\u200B\u200D\u2060\uFEFF\u00AD\u061C";

    @TempDir Path temp;

    @Test
    void diagnosticsInEveryFormatShowInvisibleCharactersEscaped() throws IOException {
        Path source = Fixtures.copy(Fixtures.ROOT.resolve("minimal"), temp.resolve("src"));
        Files.writeString(
                source.resolve("content/index.md"),
                "---\ntitle: T\n---\n{{ value('limits" + HIDDEN + "x') }}\n");
        for (String format : new String[] {"text", "json", "sarif"}) {
            Fixtures.Run run =
                    Fixtures.run(
                            Map.of("GITHUB_ACTIONS", "true"),
                            "check",
                            "--source",
                            source.toString(),
                            "--format",
                            format);
            assertEquals(1, run.exitCode(), run.err());
            assertNothingHidden(run.err());
            assertTrue(run.err().contains("\\u202E") || run.err().contains("\\u202e"), run.err());
        }
    }

    @Test
    void explainShowsInvisibleCharactersOfAValueEscaped() throws IOException {
        Path source = Fixtures.copy(Fixtures.ROOT.resolve("minimal"), temp.resolve("src"));
        Path policy = source.resolve("policy.yaml");
        Files.writeString(
                policy,
                Files.readString(policy)
                        .replace("value: \"/usage\"", "value: \"/us\\u200Bage\u2060\"")
                        .replace("name: Policy owners", "name: \"Own\u200Fers\\u00AD\""));
        Fixtures.Run run =
                Fixtures.run("explain", "limits.usage-command", "--source", source.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertNothingHidden(run.out());
        assertTrue(run.out().contains("/us\\u200Bage\\u2060"), run.out());
    }

    static void assertNothingHidden(String printed) {
        printed.codePoints()
                .filter(c -> c != '\n')
                .forEach(
                        c ->
                                assertFalse(
                                        Terminal.hidden(c),
                                        () ->
                                                String.format(
                                                        "U+%04X printed raw:%n%s", c, printed)));
    }
}
