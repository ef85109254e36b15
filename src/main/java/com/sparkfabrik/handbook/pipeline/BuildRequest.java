package com.sparkfabrik.handbook.pipeline;

import com.sparkfabrik.handbook.diag.RuleSeverities;
import com.sparkfabrik.handbook.history.HistoryOptions;
import com.sparkfabrik.handbook.render.PageSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * What to build: the source folder, where to publish ({@code out} empty means check only), the base
 * URL the feed and sitemap use, the previously published feed to compare with (a file or an https
 * URL; without one the policy is compared with its version in git), the clock review dates are
 * judged by, the rule severities, which git history to read, and what every page shows from
 * handbook.yaml (language, repository and edit links).
 */
public record BuildRequest(
        Path source,
        Optional<Path> out,
        String baseUrl,
        Optional<String> previousFeed,
        Clock clock,
        RuleSeverities severities,
        HistoryOptions history,
        PageSettings pageSettings) {

    /**
     * A request reading the whole git history, compared with the previous policy change, whose
     * pages show the default settings (English, no repository links).
     */
    public BuildRequest(
            Path source,
            Optional<Path> out,
            String baseUrl,
            Optional<String> previousFeed,
            Clock clock,
            RuleSeverities severities) {
        this(
                source,
                out,
                baseUrl,
                previousFeed,
                clock,
                severities,
                HistoryOptions.defaults(),
                PageSettings.defaults());
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
        return new BuildRequest(
                source, out, baseUrl, previousFeed, clock, other, history, pageSettings);
    }

    /** The same request reading other history, or comparing with another previous feed. */
    public BuildRequest withHistory(HistoryOptions newHistory, Optional<String> newPreviousFeed) {
        return new BuildRequest(
                source, out, baseUrl, newPreviousFeed, clock, severities, newHistory, pageSettings);
    }

    /** The same request published at another base URL. */
    public BuildRequest withBaseUrl(String other) {
        return new BuildRequest(
                source, out, other, previousFeed, clock, severities, history, pageSettings);
    }

    /** The same request publishing into another folder. */
    public BuildRequest withOut(Path other) {
        return new BuildRequest(
                source,
                Optional.of(other),
                baseUrl,
                previousFeed,
                clock,
                severities,
                history,
                pageSettings);
    }

    /** The same request with other page settings. */
    public BuildRequest withPageSettings(PageSettings other) {
        return new BuildRequest(
                source, out, baseUrl, previousFeed, clock, severities, history, other);
    }
}
