package com.sparkfabrik.handbook.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sparkfabrik.handbook.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * While serving, an edit renders again what it changed: a page edit that page, a fact edit the
 * pages that show the fact, not every page.
 */
class EditWorkTest {

    @Test
    void aPageEditRendersThatPageAndAFactEditThePagesUsingIt(@TempDir Path temp)
            throws IOException {
        Path source = Fixtures.copy(Fixtures.ROOT.resolve("full"), temp.resolve("src"));
        Progress progress = new Progress();
        Pipeline serving =
                new Pipeline(BuildRequest.check(source, Clock.systemUTC()), progress, true);
        int pages = serving.run(Set.of()).result().pages().size();
        assertEquals(pages, progress.total());

        Path quota = source.resolve("content/quota.md");
        Files.writeString(quota, Files.readString(quota) + "\nOne more paragraph.\n");
        serving.run(Set.of("content/quota.md"));
        assertEquals(1, progress.total());

        serving.run(Set.of());
        assertEquals(0, progress.total(), "nothing changed, nothing rendered");

        Path policy = source.resolve("policy.yaml");
        Files.writeString(
                policy,
                Files.readString(policy)
                        .replace("value: \"/quota --week\"", "value: \"/quota --month\""));
        serving.run(Set.of("policy.yaml"));
        assertTrue(
                progress.total() > 0 && progress.total() < pages,
                progress.total() + " of " + pages + " pages rendered again");
    }
}
