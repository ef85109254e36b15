package com.sparkfabrik.handbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sparkfabrik.handbook.check.TestServer;
import com.sparkfabrik.handbook.cli.CommandRunner.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code links --external} against a real HTTP server on loopback. */
class LinksExternalTest {

    /** Seconds to wait for an answer: long enough for a loaded machine, short for /hang. */
    private static final String TIMEOUT = "3";

    private static final Clock CLOCK =
            Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    private final TestServer server = new TestServer();

    @TempDir Path dir;

    private Path site;

    @BeforeEach
    void writeSite() throws IOException {
        site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(
                site.resolve("index.html"),
                String.join(
                        "\n",
                        "<a href=\"" + server.url("/ok") + "\">ok</a>",
                        "<a href=\"" + server.url("/moved#part") + "\">moved</a>",
                        "<a href=\"" + server.url("/missing") + "\">missing</a>",
                        "<a href=\"" + server.url("/busy") + "\">busy</a>",
                        "<a href=\"" + server.url("/hang") + "\">hang</a>",
                        "<img src=\"" + server.url("/missing") + "\" alt=\"\">"));
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private Result links(String... args) {
        return CommandRunner.links(Map.of(), CLOCK, args);
    }

    /**
     * {@code links} of the test site with external checking and the test's timeout, then {@code
     * more}.
     */
    private Result external(String... more) {
        String[] args = new String[4 + more.length];
        args[0] = site.toString();
        args[1] = "--external";
        args[2] = "--timeout";
        args[3] = TIMEOUT;
        System.arraycopy(more, 0, args, 4, more.length);
        return links(args);
    }

    private String expected(String severity, int errors, int warnings) {
        return "index.html:3:10: "
                + severity
                + ": broken external link '"
                + server.url("/missing")
                + "': HTTP 404 [external-link]\n"
                + "index.html:5:10: "
                + severity
                + ": broken external link '"
                + server.url("/hang")
                + "': no answer within "
                + TIMEOUT
                + " s [external-link]\n"
                + "index.html:6:11: "
                + severity
                + ": broken external link '"
                + server.url("/missing")
                + "': HTTP 404 [external-link]\n"
                + errors
                + (errors == 1 ? " error, " : " errors, ")
                + warnings
                + (warnings == 1 ? " warning\n" : " warnings\n");
    }

    @Test
    void withoutExternalNoRequestIsMade() {
        Result result = links(site.toString());

        assertEquals(new Result(0, "", "0 errors, 0 warnings\n"), result);
        assertEquals(0, server.total());
    }

    @Test
    void brokenAndSilentExternalLinksAreErrors() {
        Result result = external();

        assertEquals(new Result(1, "", expected("error", 3, 0)), result);
        assertEquals(1, server.count("HEAD", "/missing"), "each unique URL is fetched once");
        assertEquals(2, server.count("HEAD", "/busy"), "429 then 200 after Retry-After");
    }

    @Test
    void externalWarnTurnsExternalFailuresIntoWarningsAndExitsZero() {
        Result result =
                links(site.toString(), "--external", "--external-warn", "--timeout=" + TIMEOUT);

        assertEquals(new Result(0, "", expected("warning", 0, 3)), result);
    }

    @Test
    void aSecondRunTakesWorkingUrlsFromTheCache() throws InterruptedException {
        Path cache = dir.resolve("links-cache.json");

        Result first = external("--cache", cache.toString());
        // /hang was given up on: wait for it to reach the server before counting the first run
        int hangFirst = server.awaitCount("HEAD", "/hang", 1);
        int othersFirst = server.total() - hangFirst;
        Result second = external("--cache", cache.toString(), "--cache-ttl", "12h");

        assertEquals(first, second);
        // under load a request given up on has reached the server twice in one run, so the second
        // run is judged by whether it asked again, not by how often
        assertTrue(
                server.awaitCount("HEAD", "/hang", hangFirst + 1) > hangFirst,
                "timed out in the first run, so asked again in the second");
        assertEquals(
                2,
                server.count("HEAD", "/ok"),
                "in the first run only: directly and at the end of /moved");
        assertEquals(1, server.count("HEAD", "/moved"));
        assertEquals(2, server.count("HEAD", "/busy"), "in the first run only: 429, then 200");
        assertEquals(2, server.count("HEAD", "/missing"), "broken URLs are not cached");
        assertEquals(
                othersFirst + 1,
                server.total() - server.count("HEAD", "/hang"),
                "besides /hang, only /missing is fetched again");
    }

    @Test
    void aCacheThatCannotBeWrittenIsAFailureWithOneShortLine() throws IOException {
        Files.writeString(
                site.resolve("index.html"), "<a href=\"" + server.url("/ok") + "\">ok</a>");
        Path notAFolder = Files.writeString(dir.resolve("file.txt"), "x");

        Result result = external("--cache", notAFolder.resolve("cache.json").toString());
        Result debug = external("--cache", notAFolder.resolve("cache.json").toString(), "--debug");

        assertEquals(3, result.exitCode());
        assertTrue(
                result.err().startsWith("internal error: cannot write the link cache "),
                result.err());
        assertEquals(1, result.err().lines().count(), result.err());
        assertEquals(3, debug.exitCode());
        assertTrue(debug.err().contains("\tat com.sparkfabrik.handbook."), debug.err());
    }
}
