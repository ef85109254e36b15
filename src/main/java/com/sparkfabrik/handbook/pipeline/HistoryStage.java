package com.sparkfabrik.handbook.pipeline;

import com.sparkfabrik.handbook.diag.Diagnostic;
import com.sparkfabrik.handbook.diag.Diagnostics;
import com.sparkfabrik.handbook.diag.SourcePosition;
import com.sparkfabrik.handbook.feed.FeedBuilder;
import com.sparkfabrik.handbook.history.AtomFeed;
import com.sparkfabrik.handbook.history.History;
import com.sparkfabrik.handbook.history.PolicyHistory;
import com.sparkfabrik.handbook.policy.Policy;
import com.sparkfabrik.handbook.policy.PolicyLoader;
import com.sparkfabrik.handbook.render.OutputFiles;
import java.util.List;

/**
 * The policy's history: read on a thread of its own while the pages are rendered and checked, which
 * need none of it (walking the commits and parsing each past policy costs about as much as they do
 * on a cold start, so on a second core the two overlap). And what it adds to the site besides the
 * What changed page: the Atom feed of changes, made only with a base URL since Atom needs absolute
 * links; without one a warning says why it is missing.
 */
final class HistoryStage {

    /** The history as read, and what reading it reported (a history start that names no commit). */
    record Read(History history, List<Diagnostic> diagnostics) {}

    private HistoryStage() {}

    /**
     * Starts reading the history the request asks for, on a thread of its own; a past version equal
     * to the policy just loaded is taken from it, not parsed again.
     */
    static Ahead<Read> start(BuildRequest request, PolicyStage.Loaded loaded) {
        if (!request.history().enabled()) {
            return Ahead.of(new Read(History.none(), List.of()));
        }
        return Ahead.start(
                "policy history",
                () -> {
                    Diagnostics d = new Diagnostics();
                    PolicyHistory reader = new PolicyHistory();
                    loaded.bytes().ifPresent(bytes -> reader.knowing(bytes, loaded.policy()));
                    History history = reader.read(request.source(), request.history(), d);
                    return new Read(history, d.all());
                });
    }

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
