package com.sparkfabrik.handbook.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sparkfabrik.handbook.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page links home and to the TL;DR: a site whose content has neither page gets both,
 * generated.
 */
class GeneratedPagesTest {

    @Test
    void aSiteWithoutHomeOrTldrPagesGetsThemFromThePolicy(@TempDir Path temp) throws IOException {
        Path source = Fixtures.copy(Fixtures.ROOT.resolve("minimal"), temp.resolve("src"));
        Files.move(source.resolve("content/index.md"), source.resolve("content/limits.md"));
        Files.writeString(
                source.resolve("policy.yaml"),
                Files.readString(source.resolve("policy.yaml"))
                        .replace("page: index", "page: limits"));
        Path out = temp.resolve("site");
        Fixtures.Run run =
                Fixtures.run("build", "--source", source.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        String home = Files.readString(out.resolve("index.html"));
        assertTrue(
                home.contains("<li class=\"level-should\" data-fact=\"limits.usage-command\">"),
                home);
        assertTrue(home.contains("<a href=\"limits.html\">Minimal</a>"), home);
        assertTrue(
                Files.readString(out.resolve("tldr.html"))
                        .contains("data-fact=\"limits.weekly-window\""));
    }
}
