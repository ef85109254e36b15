package com.sparkfabrik.handbook.cli;

import com.sparkfabrik.handbook.history.HistoryOptions;
import com.sparkfabrik.handbook.pipeline.BuildRequest;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * What the policy is compared with and which history is shown: build and check share these. By
 * default the policy is compared with its version before the newest commit that changed it.
 */
final class HistoryFlags {

    @Option(
            names = "--previous-feed",
            paramLabel = "FILE|URL",
            description =
                    "the last published policy.json (a file or an https URL) to compare with,"
                            + " instead of the policy's previous version in git")
    String previousFeed;

    @Option(
            names = "--since",
            paramLabel = "REV",
            description =
                    "compare with the policy at this git revision (e.g. the merge base with main)"
                            + " instead of the previous commit that changed it")
    String since;

    @Option(
            names = "--history-start",
            paramLabel = "REV",
            description =
                    "the first commit the policy history shows; earlier commits stay unpublished")
    String historyStart;

    /** The request with these flags; {@code --history-start} wins over handbook.yaml's. */
    BuildRequest applyTo(BuildRequest request) {
        Optional<String> start =
                historyStart != null ? Optional.of(historyStart) : request.history().start();
        return request.withHistory(
                new HistoryOptions(true, start, Optional.ofNullable(since)),
                Optional.ofNullable(previousFeed));
    }
}
