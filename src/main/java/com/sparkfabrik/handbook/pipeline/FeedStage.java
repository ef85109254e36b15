package com.sparkfabrik.handbook.pipeline;

import com.sparkfabrik.handbook.diag.Diagnostics;
import com.sparkfabrik.handbook.diag.SourcePosition;
import com.sparkfabrik.handbook.feed.Feed;
import com.sparkfabrik.handbook.feed.FeedBuilder;
import com.sparkfabrik.handbook.feed.FeedCompatibility;
import com.sparkfabrik.handbook.feed.FeedSchema;
import com.sparkfabrik.handbook.feed.PreviousFeed;
import com.sparkfabrik.handbook.history.History;
import com.sparkfabrik.handbook.history.PolicyHistory;
import com.sparkfabrik.handbook.policy.Policy;
import com.sparkfabrik.handbook.policy.PolicyLoader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The feed of a build: built from the policy and compared with the previously published feed, or by
 * default with the feed of the policy at the base revision in git. Without a history to compare
 * with, a warning says so: the check is never skipped silently. That the generator's feeds match
 * their strict schema is held by the tests (FeedSchemaTest), not re-proven by every build.
 */
final class FeedStage {

    private final FeedSchema schema = FeedSchema.load();

    Feed build(Policy policy, BuildRequest request, History history, Diagnostics diagnostics) {
        Map<String, Feed.LastChange> lastChanges = new LinkedHashMap<>();
        history.lastChanges()
                .forEach(
                        (id, commit) ->
                                lastChanges.put(
                                        id,
                                        new Feed.LastChange(
                                                commit.date().toString(), commit.shortId())));
        Feed feed = new FeedBuilder(request.baseUrl()).build(policy).withLastChanges(lastChanges);
        Optional<PreviousFeed> previous;
        if (request.previousFeed().isPresent()) {
            previous = PreviousFeed.read(request.previousFeed().get(), diagnostics);
        } else {
            previous =
                    history.base()
                            .map(
                                    base ->
                                            new PreviousFeed(
                                                    base.label(),
                                                    new FeedBuilder(request.baseUrl())
                                                            .build(base.policy())
                                                            .toJson()));
        }
        history.unavailable()
                .ifPresent(
                        why ->
                                diagnostics.warning(
                                        PolicyHistory.RULE,
                                        SourcePosition.of(PolicyLoader.FILE),
                                        "no git history ("
                                                + why
                                                + "): "
                                                + (previous.isPresent()
                                                        ? "no What changed page"
                                                        : "the policy was not compared with its"
                                                                + " previous version")
                                                + "; "
                                                + History.HOW_TO_GET_IT));
        Optional<Feed.Changes> changes =
                previous.flatMap(
                        p -> new FeedCompatibility(schema).compare(p, feed, policy, diagnostics));
        return changes.map(feed::withChanges).orElse(feed);
    }

    FeedSchema schema() {
        return schema;
    }
}
