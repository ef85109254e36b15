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
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random sequences of edits ({@link RandomEdits}: page text, fact values shown inline, in tables,
 * in code, in generated blocks and in headings, new and deleted pages and facts, broken and fixed
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
            Set<String> changed = RandomEdits.edit(source, random);
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

    @Test
    void aPageThatStartsOrStopsShowingAFactNoOtherShowsChangesTheUnusedFactWarning(
            @TempDir Path temp) throws IOException {
        Path source = Fixtures.copy(Fixtures.ROOT.resolve("full"), temp.resolve("src"));
        Path policy = source.resolve("policy.yaml");
        Files.writeString(
                policy,
                Files.readString(policy)
                        .replace(
                                "\nopen_questions:",
                                "  help.extra:\n    level: info\n    type: text\n    value: more\n"
                                        + "    statement: \"There is {value}.\"\n"
                                        + "    page: index\n    anchor: more-help\n\nopen_questions:"));
        Path quota = source.resolve("content/quota.md");
        String text = Files.readString(quota);
        Pipeline incremental =
                new Pipeline(BuildRequest.check(source, Clock.systemUTC()), new Progress(), true);
        incremental.run(Set.of());
        for (boolean shows : List.of(true, false, true)) {
            Files.writeString(quota, shows ? text + "\n{{ value('help.extra') }}\n" : text);
            Pipeline.Outcome fast = incremental.run(Set.of("content/quota.md"));
            Pipeline.Outcome full =
                    new Pipeline(BuildRequest.check(source, Clock.systemUTC())).run(Set.of());
            assertEquals(messages(full), messages(fast), "shows: " + shows);
            assertEquals(
                    !shows,
                    messages(fast).stream()
                            .anyMatch(m -> m.contains("'help.extra' is not used by any page")),
                    "shows: " + shows + ", " + messages(fast));
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
}
