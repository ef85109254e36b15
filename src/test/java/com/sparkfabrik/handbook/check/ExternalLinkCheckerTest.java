package com.sparkfabrik.handbook.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** External links against a real HTTP server on loopback. */
class ExternalLinkCheckerTest {

    private static final Clock CLOCK =
            Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    private final TestServer server = new TestServer();

    @TempDir Path dir;

    @AfterEach
    void stopServer() {
        server.close();
    }

    private ExternalLink link(int line, String path) {
        return new ExternalLink("index.html", line, 10, server.url(path), server.url(path));
    }

    private static ExternalCheckOptions fast() {
        return ExternalCheckOptions.defaults()
                .withTimeout(Duration.ofSeconds(5))
                .withRetries(2, Duration.ofMillis(10), Duration.ofSeconds(2));
    }

    private static List<String> lines(List<LinkProblem> problems) {
        return TestSites.lines(problems);
    }

    @Test
    void okAndRedirectedLinksPassAndA404IsReportedAtEachOccurrence() throws InterruptedException {
        List<LinkProblem> problems =
                new ExternalLinkChecker(fast(), CLOCK)
                        .check(
                                List.of(
                                        link(1, "/ok"),
                                        link(2, "/moved"),
                                        link(3, "/missing"),
                                        link(4, "/missing")));

        assertEquals(
                List.of(
                        "index.html:3:10: error: broken external link '"
                                + server.url("/missing")
                                + "': HTTP 404 [external-link]",
                        "index.html:4:10: error: broken external link '"
                                + server.url("/missing")
                                + "': HTTP 404 [external-link]"),
                lines(problems));
        assertEquals(1, server.count("HEAD", "/missing"), "each unique URL is fetched once");
        assertEquals(1, server.count("HEAD", "/moved"));
        assertEquals(
                2, server.count("HEAD", "/ok"), "once directly, once at the end of the redirect");
    }

    @Test
    void a429WithRetryAfterIsRetriedAndThenPasses() throws InterruptedException {
        List<LinkProblem> problems =
                new ExternalLinkChecker(fast(), CLOCK).check(List.of(link(1, "/busy")));

        assertEquals(List.of(), lines(problems));
        assertEquals(2, server.count("HEAD", "/busy"));
    }

    @Test
    void aRetryAfterLongerThanTheCapWaitsOnlyTheCapAndFailsWhenRetriesRunOut()
            throws InterruptedException {
        ExternalCheckOptions options =
                fast().withRetries(1, Duration.ofMillis(10), Duration.ofMillis(50));

        List<LinkProblem> problems =
                new ExternalLinkChecker(options, CLOCK).check(List.of(link(1, "/always-busy")));

        assertEquals(
                List.of(
                        "index.html:1:10: error: broken external link '"
                                + server.url("/always-busy")
                                + "': HTTP 429 after 2 attempts [external-link]"),
                lines(problems));
        assertEquals(2, server.count("HEAD", "/always-busy"));
    }

    @Test
    void aServerThatRefusesHeadIsAskedWithGet() throws InterruptedException {
        List<LinkProblem> problems =
                new ExternalLinkChecker(fast(), CLOCK).check(List.of(link(1, "/no-head")));

        assertEquals(List.of(), lines(problems));
        assertEquals(1, server.count("HEAD", "/no-head"));
        assertEquals(1, server.count("GET", "/no-head"));
    }

    @Test
    void aServerThatNeverAnswersTimesOut() throws InterruptedException {
        ExternalCheckOptions options = fast().withTimeout(Duration.ofSeconds(1));

        List<LinkProblem> problems =
                new ExternalLinkChecker(options, CLOCK).check(List.of(link(1, "/hang")));

        assertEquals(
                List.of(
                        "index.html:1:10: error: broken external link '"
                                + server.url("/hang")
                                + "': no answer within 1 s [external-link]"),
                lines(problems));
        assertEquals(1, server.awaitCount("HEAD", "/hang", 1), "a timeout is not retried");
    }

    @Test
    void workingUrlsAreCachedForTheTtlAndBrokenOnesAreFetchedAgain() throws Exception {
        Path cache = dir.resolve("cache/links.json");
        ExternalCheckOptions options = fast().withCache(cache, Duration.ofDays(1));
        List<ExternalLink> links = List.of(link(1, "/ok"), link(2, "/missing"));

        new ExternalLinkChecker(options, CLOCK).check(links);
        List<LinkProblem> second =
                new ExternalLinkChecker(options, Clock.offset(CLOCK, Duration.ofHours(23)))
                        .check(links);

        assertEquals(1, server.count("HEAD", "/ok"), "the second run takes /ok from the cache");
        assertEquals(2, server.count("HEAD", "/missing"), "a broken URL is not cached");
        assertEquals(1, second.size());
        assertEquals(
                "{\"version\":1,\"urls\":{\""
                        + server.url("/ok")
                        + "\":{\"status\":200,\"checked\":\"2026-03-01T10:00:00Z\"}}}",
                Files.readString(cache));

        new ExternalLinkChecker(options, Clock.offset(CLOCK, Duration.ofHours(25))).check(links);

        assertEquals(2, server.count("HEAD", "/ok"), "after the TTL the URL is fetched again");
    }

    @Test
    void aDamagedCacheFileIsIgnored() throws Exception {
        Path cache = dir.resolve("links.json");
        Files.writeString(cache, "{not json");

        List<LinkProblem> problems =
                new ExternalLinkChecker(fast().withCache(cache, Duration.ofDays(1)), CLOCK)
                        .check(List.of(link(1, "/ok")));

        assertEquals(List.of(), problems);
        assertEquals(1, server.count("HEAD", "/ok"));
        assertTrue(Files.readString(cache).contains("\"status\":200"));
    }

    @Test
    void requestsToOneHostStayWithinThePerHostLimit() throws InterruptedException {
        List<ExternalLink> links =
                IntStream.range(0, 8).mapToObj(i -> link(i + 1, "/slow?n=" + i)).toList();

        List<LinkProblem> problems =
                new ExternalLinkChecker(fast().withConcurrency(2, 8), CLOCK).check(links);

        assertEquals(List.of(), problems);
        assertEquals(8, server.count("HEAD", "/slow"));
        assertTrue(server.maxInFlight() <= 2, "at most 2 in flight, saw " + server.maxInFlight());
    }

    @Test
    void aRequestAnsweredButStillInItsHandlerIsNotCountedInFlightWithTheNextOne()
            throws InterruptedException {
        List<ExternalLink> links = List.of(link(1, "/linger?n=1"), link(2, "/linger?n=2"));

        List<LinkProblem> problems =
                new ExternalLinkChecker(fast().withConcurrency(1, 8), CLOCK).check(links);

        assertEquals(List.of(), problems);
        assertEquals(2, server.count("HEAD", "/linger"));
        assertEquals(1, server.maxInFlight(), "the second request starts after the first answer");
    }

    @Test
    void retryAfterAcceptsSecondsAndHttpDates() {
        ExternalLinkChecker checker = new ExternalLinkChecker(fast(), CLOCK);

        assertEquals(Duration.ofSeconds(7), checker.retryAfter(" 7 "));
        assertEquals(Duration.ofSeconds(90), checker.retryAfter("Sun, 01 Mar 2026 10:01:30 GMT"));
        assertEquals(Duration.ZERO, checker.retryAfter("Sun, 01 Mar 2026 09:00:00 GMT"));
        assertEquals(null, checker.retryAfter("soon"));
    }
}
