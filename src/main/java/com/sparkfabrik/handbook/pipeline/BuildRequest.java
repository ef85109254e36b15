package com.sparkfabrik.handbook.pipeline;

import com.sparkfabrik.handbook.diag.RuleSeverities;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * What to build: the source folder, where to publish ({@code out} empty means check only), the base
 * URL the feed and sitemap use, and the clock review dates are judged by.
 */
public record BuildRequest(
        Path source,
        Optional<Path> out,
        String baseUrl,
        Optional<Path> previousFeed,
        Clock clock,
        RuleSeverities severities) {

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
        return new BuildRequest(source, out, baseUrl, previousFeed, clock, other);
    }
}
