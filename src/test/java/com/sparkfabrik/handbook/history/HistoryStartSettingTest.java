package com.sparkfabrik.handbook.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sparkfabrik.handbook.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** history_start in handbook.yaml reaches the history; --history-start wins over it. */
class HistoryStartSettingTest {

    @Test
    void theFileSetsTheHistoryStartAndTheFlagOverridesIt(@TempDir Path temp) throws Exception {
        try (GitRepo repo = GitRepo.withMinimalHandbook(temp.resolve("handbook"))) {
            Files.writeString(repo.root().resolve("handbook.yaml"), "history_start: no-such-tag\n");
            String source = repo.root().toString();
            Fixtures.Run fromFile = Fixtures.run("check", "--source", source);
            assertEquals(1, fromFile.exitCode(), fromFile.err());
            assertTrue(
                    fromFile.err()
                            .contains(
                                    "history start: 'no-such-tag' names no commit of this"
                                            + " repository [history]"),
                    fromFile.err());
            Fixtures.Run flag =
                    Fixtures.run("check", "--history-start", "HEAD", "--source", source);
            assertFalse(flag.err().contains("no-such-tag"), flag.err());
            assertEquals(0, flag.exitCode(), flag.err());
        }
    }
}
