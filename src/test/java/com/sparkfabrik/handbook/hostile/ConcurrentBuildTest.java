package com.sparkfabrik.handbook.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sparkfabrik.handbook.Fixtures;
import com.sparkfabrik.handbook.OutputInvariant;
import com.sparkfabrik.handbook.Runs;
import com.sparkfabrik.handbook.SiteManifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many builds into one output folder at once, each in a JVM of its own, round after round: every
 * build exits 0 (they take turns), the output is always exactly one input's complete site, and
 * nothing is left beside it.
 */
class ConcurrentBuildTest {

    private static final int BUILDS = 5;
    private static final int ROUNDS = 3;

    @Test
    void concurrentBuildsIntoOneFolderTakeTurnsAndLeaveOneCompleteSite(@TempDir Path temp)
            throws Exception {
        List<Path> sources = new ArrayList<>();
        List<Map<String, String>> sites = new ArrayList<>();
        for (String version : List.of("A", "B", "C")) {
            Path source = Fixtures.copy(Fixtures.ROOT.resolve("minimal"), temp.resolve(version));
            Path policy = source.resolve("policy.yaml");
            Files.writeString(
                    policy,
                    Files.readString(policy)
                            .replace("title: Minimal Policy", "title: Policy " + version));
            for (int page = 0; page < version.charAt(0) - 'A' + 1; page++) {
                Files.writeString(
                        source.resolve("content/extra-" + page + ".md"),
                        "---\ntitle: Extra " + page + "\n---\nPage of " + version + ".\n");
            }
            Path reference = temp.resolve("reference-" + version);
            Runs.buildGood(source, reference);
            sources.add(source);
            sites.add(SiteManifest.of(reference));
        }
        Path out = temp.resolve("out");
        for (int round = 0; round < ROUNDS; round++) {
            List<Process> builds = new ArrayList<>();
            List<Path> logs = new ArrayList<>();
            for (int i = 0; i < BUILDS; i++) {
                Path log = temp.resolve("build-" + round + "-" + i + ".log");
                logs.add(log);
                builds.add(
                        SubprocessBuild.start(
                                sources.get((round + i) % sources.size()),
                                out,
                                List.of(),
                                Map.of(),
                                log));
            }
            for (int i = 0; i < BUILDS; i++) {
                assertTrue(builds.get(i).waitFor(5, TimeUnit.MINUTES), "build did not end");
                int i2 = i;
                assertEquals(
                        0,
                        builds.get(i).exitValue(),
                        () -> "build " + i2 + " failed:\n" + read(logs.get(i2)));
            }
            Map<String, String> published = SiteManifest.of(out);
            assertTrue(
                    sites.contains(published),
                    "round "
                            + round
                            + ": the site is no input's complete site:\n"
                            + SiteManifest.format(published));
            OutputInvariant.assertSafe(out);
            Runs.assertNoLeftovers(out);
        }
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
