package com.sparkfabrik.handbook.render;

import com.sparkfabrik.handbook.content.RenderedPage;
import com.sparkfabrik.handbook.policy.Fact;
import com.sparkfabrik.handbook.policy.Policy;
import java.time.LocalDate;
import java.util.Objects;

/** The dates a page shows: the earliest review due and the latest start among the facts it uses. */
record ReviewDates(String since, String reviewBy) {

    static ReviewDates of(Policy policy, RenderedPage page) {
        LocalDate since = null;
        LocalDate reviewBy = null;
        for (var use : page.uses()) {
            Fact fact = policy.facts().get(use.id());
            if (fact == null) {
                continue;
            }
            since = since == null || fact.since().isAfter(since) ? fact.since() : since;
            reviewBy =
                    reviewBy == null || fact.reviewBy().isBefore(reviewBy)
                            ? fact.reviewBy()
                            : reviewBy;
        }
        return new ReviewDates(Objects.toString(since, ""), Objects.toString(reviewBy, ""));
    }
}
