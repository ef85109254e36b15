package com.sparkfabrik.handbook.pipeline;

import com.sparkfabrik.handbook.diag.Diagnostics;
import com.sparkfabrik.handbook.diag.SourcePosition;
import com.sparkfabrik.handbook.feed.FeedBuilder;
import com.sparkfabrik.handbook.history.AtomFeed;
import com.sparkfabrik.handbook.history.History;
import com.sparkfabrik.handbook.history.PolicyHistory;
import com.sparkfabrik.handbook.policy.Policy;
import com.sparkfabrik.handbook.policy.PolicyLoader;
import com.sparkfabrik.handbook.render.OutputFiles;

/**
 * What the history adds to the site besides the What changed page: the Atom feed of changes, made
 * only with a base URL since Atom needs absolute links; without one a warning says why it is
 * missing.
 */
final class HistoryStage {

    private HistoryStage() {}

    static void addAtomFeed(
            History history,
            Policy policy,
            String baseUrl,
            OutputFiles files,
            Diagnostics diagnostics) {
        if (history.commits().isEmpty()) {
            return;
        }
        if (baseUrl.isBlank()) {
            diagnostics.warning(
                    PolicyHistory.RULE,
                    SourcePosition.of(PolicyLoader.FILE),
                    "no Atom feed of policy changes: its links must be absolute, so it needs the"
                            + " site's base URL (--base-url URL)");
            return;
        }
        files.add(
                AtomFeed.SITE_PATH,
                AtomFeed.write(history, policy, FeedBuilder.normalizeBaseUrl(baseUrl)));
    }
}
