package com.sparkfabrik.handbook.pipeline;

import com.sparkfabrik.handbook.diag.Diagnostics;
import com.sparkfabrik.handbook.feed.Feed;
import com.sparkfabrik.handbook.feed.FeedBuilder;
import com.sparkfabrik.handbook.feed.FeedCompatibility;
import com.sparkfabrik.handbook.feed.FeedOptions;
import com.sparkfabrik.handbook.feed.FeedSchema;
import com.sparkfabrik.handbook.feed.FeedValidator;
import com.sparkfabrik.handbook.feed.PreviousFeed;
import com.sparkfabrik.handbook.policy.Policy;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The feed of a build: built from the policy, validated against the strict schema (a failure is a
 * build error, never a silently broken feed), and compared with the previously published feed.
 */
final class FeedStage {

    private final FeedSchema schema = FeedSchema.load();

    Feed build(Policy policy, String baseUrl, Optional<Path> previous, Diagnostics diagnostics) {
        Feed feed = new FeedBuilder(new FeedOptions(baseUrl)).build(policy);
        diagnostics.addAll(new FeedValidator(schema).validate(feed));
        if (previous.isPresent()) {
            Optional<Feed.Changes> changes =
                    PreviousFeed.read(previous.get(), diagnostics)
                            .flatMap(
                                    p ->
                                            new FeedCompatibility(schema)
                                                    .compare(p, feed, policy, diagnostics));
            if (changes.isPresent()) {
                return feed.withChanges(changes.get());
            }
        }
        return feed;
    }

    FeedSchema schema() {
        return schema;
    }
}
