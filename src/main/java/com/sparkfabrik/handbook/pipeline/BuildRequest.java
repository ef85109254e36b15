package com.sparkfabrik.handbook.pipeline;

import com.sparkfabrik.handbook.diag.RuleSeverities;
import com.sparkfabrik.handbook.history.HistoryOptions;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * What to build: the source folder, where to publish ({@code out} empty means check only), the base
 * URL the feed and sitemap use, the previously published feed to compare with (a file or an https
 * URL; without one the policy is compared with its version in git), the clock review dates are
 * judged by, and which git history to read.
 */
public record BuildRequest(
        Path source,
        Optional<Path> out,
        String baseUrl,
        Optional<String> previousFeed,
        Clock clock,
        RuleSeverities severities,
        HistoryOptions history) {

    /** A request reading the whole git history, compared with the previous policy change. */
    public BuildRequest(
            Path source,
            Optional<Path> out,
            String baseUrl,
            Optional<String> previousFeed,
            Clock clock,
            RuleSeverities severities) {
        this(source, out, baseUrl, previousFeed, clock, severities, HistoryOptions.defaults());
    }

    public static BuildRequest check(Path source, Clock clock) {
        return new BuildRequest(
                source, Optional.empty(), "", Optional.empty(), clock, RuleSeverities.defaults());
    }

    public static BuildRequest build(Path source, Path out, Clock clock) {
        return new BuildRequest(
                source, Optional.of(out), "", Optional.empty(), clock, RuleSeverities.defaults());
    }

    /** The same request with other rule severities. */
    public BuildRequest withSeverities(RuleSeverities other) {
        return new BuildRequest(source, out, baseUrl, previousFeed, clock, other, history);
    }

    /** The same request reading other history, or comparing with another previous feed. */
    public BuildRequest withHistory(HistoryOptions newHistory, Optional<String> newPreviousFeed) {
        return new BuildRequest(
                source, out, baseUrl, newPreviousFeed, clock, severities, newHistory);
    }
}
