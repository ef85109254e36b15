package com.sparkfabrik.handbook.cli;

import com.sparkfabrik.handbook.check.ExternalCheckOptions;
import com.sparkfabrik.handbook.check.LinkProblem;
import com.sparkfabrik.handbook.diag.RuleSeverities;
import com.sparkfabrik.handbook.diag.Severity;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * Whether {@code links} fetches http(s) links, and how politely: timeouts, concurrency, retries and
 * a cache of URLs that worked.
 */
final class ExternalLinkFlags {

    @Option(names = "--external", description = "also fetch http(s) links")
    private boolean external;

    @Option(
            names = "--external-warn",
            description = "report failing external links as warnings, not errors")
    private boolean externalWarn;

    @Option(
            names = "--cache",
            paramLabel = "FILE",
            description = "remember working external URLs in FILE (JSON)")
    private Path cache;

    @Option(
            names = "--cache-ttl",
            paramLabel = "DURATION",
            defaultValue = "1d",
            converter = LinksCommand.DurationConverter.class,
            description =
                    "how long a cached URL is trusted: 30s, 15m, 12h, 1d or ISO-8601 (default: ${DEFAULT-VALUE})")
    private Duration cacheTtl;

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            defaultValue = "10",
            description = "per request (default: ${DEFAULT-VALUE})")
    private int timeoutSeconds;

    @Option(
            names = "--host-concurrency",
            paramLabel = "N",
            defaultValue = "2",
            description = "requests in flight per host (default: ${DEFAULT-VALUE})")
    private int hostConcurrency;

    @Option(
            names = "--concurrency",
            paramLabel = "N",
            defaultValue = "8",
            description = "requests in flight overall (default: ${DEFAULT-VALUE})")
    private int concurrency;

    @Option(
            names = "--retries",
            paramLabel = "N",
            defaultValue = "2",
            description =
                    "retries after 429, 503 or a dropped connection (default: ${DEFAULT-VALUE})")
    private int retries;

    @Option(
            names = "--max-retry-wait",
            paramLabel = "SECONDS",
            defaultValue = "30",
            description =
                    "longest wait before a retry, whatever Retry-After says (default: ${DEFAULT-VALUE})")
    private int maxRetryWaitSeconds;

    /** Whether external links are fetched at all. */
    boolean enabled() {
        return external;
    }

    /**
     * The fetch options, or empty without {@code --external}; values the checker refuses are a
     * usage error of {@code commandLine}.
     */
    Optional<ExternalCheckOptions> options(CommandLine commandLine) {
        if (!external) {
            return Optional.empty();
        }
        try {
            ExternalCheckOptions defaults = ExternalCheckOptions.defaults();
            return Optional.of(
                    defaults.withTimeout(Duration.ofSeconds(timeoutSeconds))
                            .withConcurrency(hostConcurrency, concurrency)
                            .withRetries(
                                    retries,
                                    defaults.initialBackoff(),
                                    Duration.ofSeconds(maxRetryWaitSeconds))
                            .withCache(cache, cacheTtl));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(commandLine, e.getMessage());
        }
    }

    /** Failing external links are errors, or warnings with {@code --external-warn}. */
    RuleSeverities severities() {
        return externalWarn
                ? RuleSeverities.of(Map.of(LinkProblem.Kind.EXTERNAL_LINK.rule(), Severity.WARNING))
                : RuleSeverities.defaults();
    }
}
