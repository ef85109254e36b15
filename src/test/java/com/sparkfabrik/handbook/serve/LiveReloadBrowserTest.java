package com.sparkfabrik.handbook.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.sparkfabrik.handbook.Browser;
import com.sparkfabrik.handbook.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;

/**
 * The author's loop in a real browser: headless Chromium on a page of the real serve command; an
 * edit reloads it, a broken edit shows the located diagnostic in the overlay, the fix clears it.
 * Needs Chromium and chromedriver ({@code .ci/run} installs them): skipped without them, except
 * under {@code CI=true}, where a missing browser fails.
 */
class LiveReloadBrowserTest {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    /** What the page shows: the text, and the overlay's text or null. */
    private static final String STATE =
            "return {ready: document.readyState, text: document.body ? document.body.innerText : '',"
                    + " overlay: document.getElementById('handbook-errors') ? document.getElementById('handbook-errors').textContent : null};";

    @Test
    void overlayShowsABrokenEditAndClearsOnTheFix(@TempDir Path temp) throws Exception {
        Path source = Fixtures.copy(Fixtures.ROOT.resolve("minimal"), temp.resolve("src"));
        Path page = source.resolve("content/index.md");
        String original = Files.readString(page);
        ChromeDriver chromium = Browser.open(temp.resolve("profile"));
        try (ServeRun serve = ServeRun.start(source)) {
            chromium.get(serve.url("/"));
            await(chromium, "the home page", s -> s.text().contains("The window lasts 7 days."));

            Files.writeString(page, original + "\nA plain edit, reloaded.\n");
            await(
                    chromium,
                    "the edit after a reload",
                    s -> s.text().contains("A plain edit, reloaded.") && s.overlay() == null);

            String broken = original + "\nBroken {{ value('limits.weekly-windw') }} here.\n";
            Files.writeString(page, broken);
            String diagnostic =
                    "content/index.md:"
                            + (original.split("\n", -1).length + 1)
                            + ":"
                            + ("Broken {{ value(".length() + 1)
                            + ": error: unknown fact 'limits.weekly-windw' (did you mean 'limits.weekly-window'?) [fact-ref]";
            State failed =
                    await(
                            chromium,
                            "the overlay with " + diagnostic,
                            s -> s.overlay() != null && s.overlay().contains(diagnostic));
            assertTrue(
                    failed.text().contains("The window lasts 7 days."),
                    "the last good page stays underneath");

            Files.writeString(
                    page,
                    original + "\nFixed: the window is {{ value('limits.weekly-window') }}.\n");
            await(
                    chromium,
                    "the fixed page without overlay",
                    s -> s.overlay() == null && s.text().contains("Fixed: the window is 7 days."));
        } finally {
            chromium.quit();
        }
    }

    private record State(String text, String overlay) {}

    /**
     * Polls the page (bounded) until {@code done}; fails with the last state seen and the page's
     * console.
     */
    private static State await(ChromeDriver chromium, String what, Predicate<State> done)
            throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        State last = null;
        while (System.nanoTime() < deadline) {
            Object value;
            try {
                value = chromium.executeScript(STATE);
            } catch (WebDriverException reloading) {
                value = null; // the page is being replaced by the reload: ask again
            }
            if (value instanceof Map<?, ?> state && "complete".equals(state.get("ready"))) {
                last =
                        new State(
                                String.valueOf(state.get("text")),
                                state.get("overlay") instanceof String o ? o : null);
                if (done.test(last)) {
                    return last;
                }
            }
            Thread.sleep(50);
        }
        return fail(
                "did not see "
                        + what
                        + " within "
                        + PATIENCE
                        + "; last seen: "
                        + last
                        + "\nconsole:\n"
                        + chromium.manage().logs().get(LogType.BROWSER).getAll());
    }
}
