package com.sparkfabrik.handbook.policy;

import com.sparkfabrik.handbook.diag.Severity;
import java.util.Map;
import java.util.Optional;

/**
 * The site settings of {@code handbook.yaml}: where the site is published ({@code baseUrl}, empty
 * when unknown), the repository and the prefix of each page's "Edit this page" link (empty: no
 * link), the language of the pages, per-rule severities, and the first commit the history reads.
 */
public record Settings(
        String baseUrl,
        String repository,
        String editUrl,
        String language,
        Map<String, Severity> severities,
        Optional<String> historyStart) {

    public static final String DEFAULT_LANGUAGE = "en";

    public Settings {
        severities = Map.copyOf(severities);
    }

    /** No handbook.yaml: no base URL, no links to a repository, English, default severities. */
    public static Settings defaults() {
        return new Settings("", "", "", DEFAULT_LANGUAGE, Map.of(), Optional.empty());
    }
}
