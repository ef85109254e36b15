package com.sparkfabrik.handbook.check;

import com.sparkfabrik.handbook.check.LinkProblem.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * Checks external links over HTTP, each unique URL once: HEAD, then GET if the server refuses HEAD
 * (405, 501); redirects followed and the final status judged (below 400 works); a limit per host
 * and overall; retries with backoff after 429 and 503, honouring {@code Retry-After} up to a cap;
 * working URLs remembered in a cache file for a TTL.
 */
public final class ExternalLinkChecker {

    private record Outcome(int status, String failure) {}

    private final ExternalCheckOptions options;
    private final Clock clock;
    private final Map<String, Semaphore> hosts = new ConcurrentHashMap<>();

    public ExternalLinkChecker(ExternalCheckOptions options, Clock clock) {
        this.options = options;
        this.clock = clock;
    }

    /** The links that failed, one problem per occurrence, in the order of {@code links}. */
    public List<LinkProblem> check(List<ExternalLink> links) throws InterruptedException {
        ExternalLinkCache cache =
                ExternalLinkCache.load(options.cacheFile(), options.cacheTtl(), clock);
        Map<String, List<String>> byHost = new TreeMap<>();
        for (String url : links.stream().map(ExternalLink::url).distinct().sorted().toList()) {
            if (!cache.isFresh(url)) {
                byHost.computeIfAbsent(hostOf(url), h -> new ArrayList<>()).add(url);
            }
        }
        Map<String, Outcome> outcomes = fetchAll(interleave(byHost));
        outcomes.forEach(
                (url, outcome) -> {
                    if (outcome.failure() == null) {
                        cache.recordSuccess(url, outcome.status());
                    }
                });
        cache.save();
        List<LinkProblem> problems = new ArrayList<>();
        for (ExternalLink link : links) {
            Outcome outcome = outcomes.get(link.url());
            if (outcome != null && outcome.failure() != null) {
                problems.add(
                        new LinkProblem(
                                Kind.EXTERNAL_LINK,
                                link.file(),
                                link.line(),
                                link.column(),
                                link.href(),
                                link.url(),
                                outcome.failure()));
            }
        }
        return problems;
    }

    /** Round-robin over hosts, so the first requests in flight go to different hosts. */
    private static List<String> interleave(Map<String, List<String>> byHost) {
        List<String> order = new ArrayList<>();
        List<Iterator<String>> queues =
                new ArrayList<>(byHost.values().stream().map(List::iterator).toList());
        while (!queues.isEmpty()) {
            queues.removeIf(
                    queue -> {
                        if (!queue.hasNext()) {
                            return true;
                        }
                        order.add(queue.next());
                        return false;
                    });
        }
        return order;
    }

    private Map<String, Outcome> fetchAll(List<String> urls) throws InterruptedException {
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        if (urls.isEmpty()) {
            return outcomes;
        }
        HttpClient client =
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .followRedirects(HttpClient.Redirect.NORMAL)
                        .connectTimeout(options.timeout())
                        .build();
        ExecutorService pool =
                Executors.newFixedThreadPool(
                        Math.min(options.maxConcurrency(), urls.size()),
                        task -> {
                            Thread thread = new Thread(task, "external-link-check");
                            thread.setDaemon(true);
                            return thread;
                        });
        try {
            Map<String, Future<Outcome>> futures = new LinkedHashMap<>();
            for (String url : urls) {
                futures.put(url, pool.submit(() -> fetchLimited(client, url)));
            }
            for (Map.Entry<String, Future<Outcome>> future : futures.entrySet()) {
                try {
                    outcomes.put(future.getKey(), future.getValue().get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException(
                            "checking " + future.getKey() + " failed", e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return outcomes;
    }

    private Outcome fetchLimited(HttpClient client, String url) throws InterruptedException {
        URI uri = toUri(url);
        if (uri == null || uri.getHost() == null) {
            return new Outcome(0, "not a valid URL");
        }
        Semaphore host =
                hosts.computeIfAbsent(
                        hostOf(url), h -> new Semaphore(options.perHostConcurrency()));
        host.acquire();
        try {
            return fetch(client, uri);
        } finally {
            host.release();
        }
    }

    private Outcome fetch(HttpClient client, URI uri) throws InterruptedException {
        for (int attempt = 0; ; attempt++) {
            int status;
            Duration retryAfter;
            try {
                HttpResponse<?> response = send(client, uri, "HEAD");
                if (response.statusCode() == 405 || response.statusCode() == 501) {
                    response = send(client, uri, "GET");
                }
                status = response.statusCode();
                retryAfter = retryAfter(response.headers().firstValue("Retry-After").orElse(null));
            } catch (HttpTimeoutException e) {
                return new Outcome(0, "no answer within " + options.timeout().toSeconds() + " s");
            } catch (ConnectException e) {
                return new Outcome(0, "cannot connect" + detail(e));
            } catch (IOException e) {
                if (attempt >= options.maxRetries()) {
                    return new Outcome(0, "connection failed" + detail(e));
                }
                Thread.sleep(backoff(attempt).toMillis());
                continue;
            }
            if ((status == 429 || status == 503) && attempt < options.maxRetries()) {
                Duration wait = retryAfter != null ? retryAfter : backoff(attempt);
                Thread.sleep(min(wait, options.maxRetryWait()).toMillis());
                continue;
            }
            return status < 400
                    ? new Outcome(status, null)
                    : new Outcome(
                            status,
                            "HTTP "
                                    + status
                                    + (attempt > 0 ? " after " + (attempt + 1) + " attempts" : ""));
        }
    }

    private HttpResponse<?> send(HttpClient client, URI uri, String method)
            throws IOException, InterruptedException {
        HttpRequest request =
                HttpRequest.newBuilder(uri)
                        .method(method, HttpRequest.BodyPublishers.noBody())
                        .timeout(options.timeout())
                        .header("User-Agent", "policy-handbook-link-check")
                        .build();
        if (method.equals("HEAD")) {
            return client.send(request, HttpResponse.BodyHandlers.discarding());
        }
        HttpResponse<InputStream> response =
                client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        response.body().close(); // the status is all we need; do not download the body
        return response;
    }

    /**
     * {@code Retry-After} as a wait: delay-seconds or an HTTP date; null if absent or unreadable.
     */
    Duration retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.trim();
        if (value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return value.length() > 9
                    ? options.maxRetryWait()
                    : Duration.ofSeconds(Long.parseLong(value));
        }
        try {
            Instant at =
                    ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(clock.instant(), at);
            return wait.isNegative() ? Duration.ZERO : wait;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private Duration backoff(int attempt) {
        return min(
                options.initialBackoff().multipliedBy(1L << Math.min(attempt, 20)),
                options.maxRetryWait());
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String detail(IOException e) {
        return e.getMessage() == null || e.getMessage().isBlank() ? "" : ": " + e.getMessage();
    }

    private static String hostOf(String url) {
        int start = url.indexOf("://");
        start = start < 0 ? 0 : start + 3;
        int end = start;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        String authority = url.substring(start, end);
        return authority.substring(authority.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * A URI from a URL as written in HTML: spaces, non-ASCII and other characters a URI forbids are
     * encoded.
     */
    static URI toUri(String url) {
        StringBuilder out = new StringBuilder(url.length());
        for (byte b : url.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c <= 0x20 || c >= 0x7f || "\"<>\\^`{|}".indexOf(c) >= 0) {
                out.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            } else {
                out.append((char) c);
            }
        }
        try {
            return new URI(out.toString());
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
