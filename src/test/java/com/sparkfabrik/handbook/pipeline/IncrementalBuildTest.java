package com.sparkfabrik.handbook.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sparkfabrik.handbook.Fixtures;
import com.sparkfabrik.handbook.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random sequences of edits (page text, fact values, new and deleted pages, broken and fixed
 * references), each followed by an incremental rebuild that must give exactly what a full build of
 * the same inputs gives: the same files, byte for byte, and the same diagnostics.
 */
class IncrementalBuildTest {

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void incrementalRebuildsEqualFullBuildsUnderRandomEdits(long seed, @TempDir Path temp)
            throws IOException {
        Path source = Fixtures.copy(Fixtures.ROOT.resolve("full"), temp.resolve("src"));
        Random random = new Random(seed);
        Pipeline incremental =
                new Pipeline(BuildRequest.check(source, Clock.systemUTC()), new Progress(), true);
        incremental.run(Set.of());
        for (int step = 0; step < 12; step++) {
            Set<String> changed = edit(source, random);
            // every other step as the dev server rebuilds: the pages first, the search index after
            boolean indexLater = step % 2 == 1;
            Pipeline.Outcome fast =
                    indexLater
                            ? incremental.runWithoutSearchIndex(changed)
                            : incremental.run(changed);
            Pipeline.Outcome full =
                    new Pipeline(BuildRequest.check(source, Clock.systemUTC())).run(Set.of());
            String where = "seed " + seed + ", step " + step + ", after editing " + changed;
            assertEquals(messages(full), messages(fast), where);
            assertEquals(full.files().isPresent(), fast.files().isPresent(), where);
            if (full.files().isEmpty()) {
                continue;
            }
            Map<String, byte[]> got = new HashMap<>(fast.files().get().all());
            if (indexLater) {
                assertTrue(
                        got.keySet().stream().noneMatch(p -> p.startsWith("assets/search/")),
                        where + ": the index is made after the pages");
                got.putAll(incremental.searchIndex());
            }
            assertSameFiles(full.files().get().all(), got, where);
        }
    }

    private static List<String> messages(Pipeline.Outcome outcome) {
        return outcome.result().diagnostics().all().stream().map(Diagnostic::format).toList();
    }

    private static void assertSameFiles(
            Map<String, byte[]> want, Map<String, byte[]> got, String where) {
        assertEquals(want.keySet(), got.keySet(), where);
        want.forEach((path, bytes) -> assertArrayEquals(bytes, got.get(path), where + ": " + path));
    }

    /** One random edit; returns the changed paths as the watcher would report them. */
    private static Set<String> edit(Path source, Random random) throws IOException {
        Path policy = source.resolve("policy.yaml");
        Path quota = source.resolve("content/quota.md");
        Path extra = source.resolve("content/guides/extra.md");
        Set<String> changed = new HashSet<>();
        switch (random.nextInt(8)) {
            case 0 -> {
                replace(
                        policy,
                        "value: \"5h\"",
                        "value: \"" + (1 + random.nextInt(9)) + "h\"",
                        "value: \"[0-9]h\"");
                changed.add("policy.yaml");
            }
            case 1 -> {
                replace(
                        policy,
                        "value: \"/quota --week\"",
                        "value: \"/quota --w" + random.nextInt(5) + "\"",
                        "value: \"/quota --w[a-z0-9]+\"");
                changed.add("policy.yaml");
            }
            case 2 -> {
                Files.writeString(
                        quota,
                        Files.readString(quota)
                                + "\nA new paragraph "
                                + random.nextInt(100)
                                + ".\n");
                changed.add("content/quota.md");
            }
            case 3 -> {
                Files.writeString(
                        extra,
                        "---\ntitle: Extra "
                                + random.nextInt(3)
                                + "\n---\n\n## More\n\nSee [quota](../quota.md#checking)"
                                + " and {{ value('setup.alias') }}.\n");
                changed.add("content/guides/extra.md");
            }
            case 4 -> {
                Files.deleteIfExists(extra);
                changed.add("content/guides/extra.md");
            }
            case 5 -> {
                // break a reference, or mend it
                String text = Files.readString(quota);
                Files.writeString(
                        quota,
                        text.contains("quota.windw")
                                ? text.replace("quota.windw", "quota.window")
                                : text.replaceFirst("quota\\.window", "quota.windw"));
                changed.add("content/quota.md");
            }
            case 6 -> {
                String text = Files.readString(policy);
                Files.writeString(
                        policy,
                        text.contains("tldr_order: 1\n")
                                ? text.replace("tldr_order: 1\n", "tldr_order: 9\n")
                                : text.replace("tldr_order: 9\n", "tldr_order: 1\n"));
                changed.add("policy.yaml");
            }
            default -> {
                String text = Files.readString(quota);
                Files.writeString(
                        quota,
                        text.contains("## Checking\n")
                                ? text.replace("## Checking\n", "## Checking usage\n")
                                : text.replace("## Checking usage\n", "## Checking\n"));
                changed.add("content/quota.md");
            }
        }
        return changed;
    }

    /** Replaces {@code from} (or, once changed, what matches {@code current}) by {@code to}. */
    private static void replace(Path file, String from, String to, String current)
            throws IOException {
        String text = Files.readString(file);
        String next = text.contains(from) ? text.replace(from, to) : text.replaceFirst(current, to);
        Files.writeString(file, next);
    }
}
