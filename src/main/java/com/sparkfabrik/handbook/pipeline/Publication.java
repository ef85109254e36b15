package com.sparkfabrik.handbook.pipeline;

import com.sparkfabrik.handbook.feed.Feed;
import com.sparkfabrik.handbook.history.History;
import com.sparkfabrik.handbook.policy.Policy;
import com.sparkfabrik.handbook.render.PageContext;

/** The site's identity as every page shows it. */
final class Publication {

    private Publication() {}

    /** The footer shows the start of the feed's revision, enough to tell two versions apart. */
    static PageContext siteInfo(Policy policy, Feed feed, BuildRequest request, History history) {
        String revision =
                feed.revision()
                        .substring(0, Math.min(feed.revision().length(), "sha256:".length() + 12));
        return new PageContext(
                policy.info().title(),
                policy.info().status(),
                revision,
                request.baseUrl(),
                ChangeLogs.of(history, policy, !request.baseUrl().isBlank()),
                request.pageSettings());
    }
}
