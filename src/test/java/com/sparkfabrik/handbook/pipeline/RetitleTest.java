package com.sparkfabrik.handbook.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sparkfabrik.handbook.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * While serving, a retitled page shows its new title in every page's navigation, even when the old
 * and the new title have the same hash code ("Aa" and "BB"): reuse is decided by equal values,
 * never by hash codes.
 */
class RetitleTest {

    @Test
    void aRetitledPageShowsItsNewTitleInTheNavigation(@TempDir Path temp) throws IOException {
        assertTrue("Aa".hashCode() == "BB".hashCode());
        Path source = Fixtures.copy(Fixtures.ROOT.resolve("full"), temp.resolve("src"));
        Path page = source.resolve("content/retitled.md");
        Files.writeString(page, "---\ntitle: Aa\n---\n\nText.\n");
        Pipeline serving =
                new Pipeline(BuildRequest.check(source, Clock.systemUTC()), new Progress(), true);
        String before = navigation(serving.run(Set.of()));
        assertTrue(before.contains(">Aa<"), before);

        Files.writeString(page, "---\ntitle: BB\n---\n\nText.\n");
        String after = navigation(serving.run(Set.of("content/retitled.md")));
        assertTrue(after.contains(">BB<"), after);
        assertFalse(after.contains(">Aa<"), after);
    }

    /** The home page of the site as the dev server would show it. */
    private static String navigation(Pipeline.Outcome outcome) {
        return new String(
                outcome.files().orElseThrow().all().get("quota.html"), StandardCharsets.UTF_8);
    }
}
