package com.sparkfabrik.handbook.check;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How external links are fetched, with the defaults in parentheses.
 *
 * @param timeout for each request, connecting included (10 s)
 * @param perHostConcurrency requests in flight to one host at a time (2)
 * @param maxConcurrency requests in flight overall (8)
 * @param maxRetries retries after a 429, a 503 or a dropped connection (2); timeouts and refused
 *     connections are not retried
 * @param initialBackoff the wait before the first retry when the server gives no {@code
 *     Retry-After}; doubled for each further retry (1 s)
 * @param maxRetryWait the longest wait before a retry, whatever {@code Retry-After} asks (30 s)
 * @param cacheFile a JSON file that remembers working URLs between runs, or null for none (none)
 * @param cacheTtl how long a remembered URL is trusted (1 day)
 */
public record ExternalCheckOptions(
        Duration timeout,
        int perHostConcurrency,
        int maxConcurrency,
        int maxRetries,
        Duration initialBackoff,
        Duration maxRetryWait,
        Path cacheFile,
        Duration cacheTtl) {

    public ExternalCheckOptions {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the timeout must be positive");
        }
        if (perHostConcurrency < 1 || maxConcurrency < 1) {
            throw new IllegalArgumentException("concurrency limits must be at least 1");
        }
        if (maxRetries < 0) {
            throw new IllegalArgumentException("retries cannot be negative");
        }
    }

    public static ExternalCheckOptions defaults() {
        return new ExternalCheckOptions(
                Duration.ofSeconds(10),
                2,
                8,
                2,
                Duration.ofSeconds(1),
                Duration.ofSeconds(30),
                null,
                Duration.ofDays(1));
    }

    public ExternalCheckOptions withTimeout(Duration value) {
        return new ExternalCheckOptions(
                value,
                perHostConcurrency,
                maxConcurrency,
                maxRetries,
                initialBackoff,
                maxRetryWait,
                cacheFile,
                cacheTtl);
    }

    public ExternalCheckOptions withConcurrency(int perHost, int overall) {
        return new ExternalCheckOptions(
                timeout,
                perHost,
                overall,
                maxRetries,
                initialBackoff,
                maxRetryWait,
                cacheFile,
                cacheTtl);
    }

    public ExternalCheckOptions withRetries(int retries, Duration backoff, Duration longestWait) {
        return new ExternalCheckOptions(
                timeout,
                perHostConcurrency,
                maxConcurrency,
                retries,
                backoff,
                longestWait,
                cacheFile,
                cacheTtl);
    }

    public ExternalCheckOptions withCache(Path file, Duration ttl) {
        return new ExternalCheckOptions(
                timeout,
                perHostConcurrency,
                maxConcurrency,
                maxRetries,
                initialBackoff,
                maxRetryWait,
                file,
                ttl);
    }
}
