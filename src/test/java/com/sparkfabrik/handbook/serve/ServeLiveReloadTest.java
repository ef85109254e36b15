package com.sparkfabrik.handbook.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sparkfabrik.handbook.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Edits on disk reach an open page through the real serve command: the watcher notices, the
 * incremental build rebuilds, and the event stream says {@code reload} or {@code errors}.
 */
class ServeLiveReloadTest {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @Test
    void editsBreakagesAndFixesReachTheEventStream(@TempDir Path temp) throws Exception {
        Path source = Fixtures.copy(Fixtures.ROOT.resolve("full"), temp.resolve("src"));
        Path page = source.resolve("content/quota.md");
        String original = Files.readString(page);
        try (ServeRun serve = ServeRun.start(source);
                EventStream events = EventStream.open(serve.port())) {
            events.await("hello", PATIENCE);

            Files.writeString(page, original + "\nAn edit seen live.\n");
            awaitReloadShowing(serve, events, "/quota.html", "An edit seen live.");

            String broken = original + "\nBroken {{ value('quota.windw') }} here.\n";
            Files.writeString(page, broken);
            String expected =
                    "content/quota.md:"
                            + lineOf(broken, "Broken")
                            + ":"
                            + columnOf(broken, "'quota.windw'")
                            + ": error: unknown fact 'quota.windw' (did you mean 'quota.window'?) [fact-ref]";
            events.await("errors", e -> e.data().contains(expected), PATIENCE);
            assertTrue(
                    get(serve, "/quota.html").contains("An edit seen live."),
                    "the last good build stays served");
            assertTrue(serve.err().contains(expected), serve.err());

            Files.writeString(
                    page, original + "\nFixed: {{ value('quota.window') }} is the window.\n");
            awaitReloadShowing(serve, events, "/quota.html", "Fixed: ");
        }
    }

    @Test
    void factEditReloadsWithTheNewValue(@TempDir Path temp) throws Exception {
        Path source = Fixtures.copy(Fixtures.ROOT.resolve("full"), temp.resolve("src"));
        Path policy = source.resolve("policy.yaml");
        String yaml = Files.readString(policy);
        String before = "    value: \"5h\"\n    statement: A session window lasts {value}";
        assertTrue(yaml.contains(before), "the fixture's quota.window fact");
        try (ServeRun serve = ServeRun.start(source);
                EventStream events = EventStream.open(serve.port())) {
            events.await("hello", PATIENCE);
            assertTrue(get(serve, "/quota.html").contains("5 hours"));
            Files.writeString(policy, yaml.replace(before, before.replace("5h", "6h")));
            awaitReloadShowing(serve, events, "/quota.html", "6 hours");
        }
    }

    @Test
    void symlinkOutOfTheSourceIsReportedAndNeverServed(@TempDir Path temp) throws Exception {
        Path source = Fixtures.copy(Fixtures.ROOT.resolve("full"), temp.resolve("src"));
        Path secret =
                Files.writeString(
                        temp.resolve("secret.txt"), "the secret outside the source folder");
        try (ServeRun serve = ServeRun.start(source);
                EventStream events = EventStream.open(serve.port())) {
            events.await("hello", PATIENCE);
            try {
                Files.createSymbolicLink(source.resolve("content/leak.txt"), secret);
            } catch (UnsupportedOperationException | IOException e) {
                Assumptions.abort("no symbolic links here: " + e);
            }
            events.await(
                    "errors",
                    e ->
                            e.data()
                                    .contains(
                                            "content/leak.txt: error: symbolic links are not followed: copy the file into content/ [path]"),
                    PATIENCE);
            RawHttp.Response response = RawHttp.get(serve.port(), "/leak.txt");
            assertEquals(404, response.status());
            assertFalse(response.body().contains("secret"), response.body());
        }
    }

    /**
     * Waits for a {@code reload} after which {@code path} shows {@code text}; an editor's save can
     * arrive as more than one burst, so an earlier reload of a half-written file is skipped.
     */
    private static void awaitReloadShowing(
            ServeRun serve, EventStream events, String path, String text) throws Exception {
        events.await("reload", e -> get(serve, path).contains(text), PATIENCE);
    }

    private static String get(ServeRun serve, String path) {
        RawHttp.Response response = RawHttp.get(serve.port(), path);
        assertEquals(200, response.status(), path);
        return response.body();
    }

    private static int lineOf(String text, String marker) {
        return (int) text.substring(0, text.indexOf(marker)).chars().filter(c -> c == '\n').count()
                + 1;
    }

    private static int columnOf(String text, String marker) {
        int at = text.indexOf(marker);
        return at - text.lastIndexOf('\n', at - 1);
    }
}
