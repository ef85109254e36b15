package com.sparkfabrik.handbook.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.sparkfabrik.handbook.Fixtures;
import com.sparkfabrik.handbook.OutputInvariant;
import com.sparkfabrik.handbook.Runs;
import com.sparkfabrik.handbook.SiteManifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code kill -9} of a build process at random moments: afterwards the output is exactly the
 * previous build or exactly the new one, never a mix; or, killed between the two renames of the
 * swap, it is missing with the previous build complete beside it, which the next build puts back. A
 * normal build then leaves no staging or old folder behind.
 */
class KillDuringBuildTest {

    private static final int PAGES = 300;
    private static final int KILLS = 10;

    @Test
    void aKilledBuildLeavesThePreviousSiteOrTheNewOneNeverAMix(
            @TempDir Path temp, TestReporter reporter) throws Exception {
        long t0 = System.nanoTime();
        Path source = Fixtures.copy(Fixtures.ROOT.resolve("minimal"), temp.resolve("src"));
        writePages(source.resolve("content"));
        Path policy = source.resolve("policy.yaml");
        String versionA = Files.readString(policy);
        String versionB =
                versionA.replace("title: Minimal Policy", "title: Minimal Policy, revised");
        Map<String, Map<String, String>> expected = new TreeMap<>();
        for (String version : List.of("B", "A")) {
            Files.writeString(policy, version.equals("A") ? versionA : versionB);
            buildInProcess(source, temp.resolve("expected-" + version));
            expected.put(version, SiteManifest.of(temp.resolve("expected-" + version)));
        }
        assertNotEquals(expected.get("A"), expected.get("B"));

        Path out = temp.resolve("site");
        copyTree(temp.resolve("expected-A"), out);
        String current = "A";
        // a full run in another JVM: how long it takes, and how long from the first staged file to
        // the end
        Path probe = temp.resolve("probe");
        long start = System.nanoTime();
        Process probing =
                SubprocessBuild.start(
                        source, probe, List.of(), Map.of(), temp.resolve("log-probe.txt"));
        waitForWriting(temp, "probe", probing, 60_000);
        long staged = System.nanoTime();
        assertTrue(probing.waitFor(60, TimeUnit.SECONDS), "the build did not end");
        assertEquals(0, probing.exitValue(), () -> Fixtures.read(temp.resolve("log-probe.txt")));
        long fullRun = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        long publishing = Math.max(1, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - staged));
        assertEquals(
                expected.get("A"),
                SiteManifest.of(probe),
                "a build in another JVM gives the same bytes");

        reporter.publishEntry("setup ms", String.valueOf((System.nanoTime() - t0) / 1_000_000));
        reporter.publishEntry("full run ms", String.valueOf(fullRun));
        reporter.publishEntry("staging to end ms", String.valueOf(publishing));
        Random random = new Random(20261125L);
        Map<String, Integer> outcomes = new TreeMap<>();
        for (int kill = 0; kill < KILLS; kill++) {
            String next = current.equals("A") ? "B" : "A";
            Files.writeString(policy, next.equals("A") ? versionA : versionB);
            Process process =
                    SubprocessBuild.start(
                            source,
                            out,
                            List.of(),
                            Map.of(),
                            temp.resolve("log-kill-" + kill + ".txt"));
            if (kill % 2 == 0) {
                // anywhere in the run, start-up included
                Thread.sleep((long) (fullRun * random.nextDouble()));
            } else {
                // in the dangerous part: once writing starts, during the writing, the swap or the
                // clean-up
                waitForWriting(temp, "site", process, fullRun * 3);
                Thread.sleep((long) (publishing * 1.2 * random.nextDouble()));
            }
            process.destroyForcibly();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the killed build did not end");

            String outcome;
            if (Files.exists(out)) {
                Map<String, String> now = SiteManifest.of(out);
                if (now.equals(expected.get(current))) {
                    outcome = "previous site";
                } else if (now.equals(expected.get(next))) {
                    outcome = "new site";
                    current = next;
                } else {
                    fail(
                            "after kill "
                                    + kill
                                    + " the site is neither build:\n"
                                    + SiteManifest.format(now));
                    return;
                }
            } else {
                List<Path> old = siblings(temp, "site.old-");
                assertEquals(1, old.size(), "killed between the renames: one old folder");
                assertEquals(
                        expected.get(current),
                        SiteManifest.of(old.get(0)),
                        "the old folder is the previous site, complete");
                outcome = "between the renames";
            }
            outcomes.merge(outcome, 1, Integer::sum);
        }

        reporter.publishEntry("outcomes", outcomes.toString());
        reporter.publishEntry(
                "kills done ms", String.valueOf((System.nanoTime() - t0) / 1_000_000));
        Files.writeString(policy, current.equals("A") ? versionA : versionB);
        buildInProcess(source, out);
        assertEquals(expected.get(current), SiteManifest.of(out), "after " + outcomes);
        Runs.assertNoLeftovers(out);
        OutputInvariant.assertSafe(out);
    }

    /**
     * A build in this JVM: a site this size may take longer than {@link Runs#LIMIT} on a loaded
     * machine.
     */
    private static void buildInProcess(Path source, Path out) {
        Fixtures.Run run =
                assertTimeoutPreemptively(
                        Duration.ofSeconds(60),
                        () ->
                                Fixtures.run(
                                        "build",
                                        "--quiet",
                                        "--source",
                                        source.toString(),
                                        "--out",
                                        out.toString()));
        Runs.assertNoStackTrace(run);
        assertEquals(0, run.exitCode(), run::err);
    }

    /**
     * Waits until the build starts writing: a folder named {@code name...} appears, disappears or
     * changes beside the output (a staging folder, or the output itself for a writer that would
     * write in place), so the kill lands in the writing, the swap or the clean-up.
     */
    private static void waitForWriting(
            Path folder, String name, Process process, long timeoutMillis) throws Exception {
        String before = outputArea(folder, name);
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < deadline
                && process.isAlive()
                && outputArea(folder, name).equals(before)) {
            Thread.sleep(1);
        }
    }

    private static String outputArea(Path folder, String name) throws IOException {
        StringBuilder state = new StringBuilder();
        for (Path sibling : siblings(folder, name)) {
            try {
                var attributes =
                        Files.readAttributes(
                                sibling, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                state.append(sibling.getFileName())
                        .append(' ')
                        .append(attributes.fileKey())
                        .append(' ')
                        .append(attributes.lastModifiedTime())
                        .append('\n');
            } catch (NoSuchFileException gone) {
                state.append(sibling.getFileName()).append(" gone\n");
            }
        }
        return state.toString();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path path : walk.sorted().toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }

    private static List<Path> siblings(Path folder, String prefix) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
        }
    }

    /**
     * Pages enough that writing the site takes a moment; each uses a fact, all show the policy's
     * title.
     */
    private static void writePages(Path content) throws IOException {
        Path folder = Files.createDirectories(content.resolve("pages"));
        String paragraph =
                "The rolling window lasts {{ value('limits.weekly-window') }}; this paragraph is here to give the page"
                        + " some weight, as a real handbook page would have, with a [link home](../index.md).\n\n";
        for (int i = 0; i < PAGES; i++) {
            StringBuilder page = new StringBuilder("---\ntitle: Page " + i + "\n---\n\n");
            for (int section = 0; section < 3; section++) {
                page.append("## Section ")
                        .append(section)
                        .append("\n\n")
                        .append(paragraph.repeat(2));
            }
            Files.writeString(folder.resolve(String.format("page-%03d.md", i)), page);
        }
    }
}
