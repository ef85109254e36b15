package com.sparkfabrik.handbook.history;

import java.util.Optional;

/**
 * Which history to read. {@code start}: the first commit history shows (its policy is the baseline;
 * earlier drafting commits stay unpublished). {@code since}: the revision the compatibility check
 * compares with, instead of the previous commit that changed the policy. With {@code enabled} false
 * nothing is read (a build told where the previous feed is).
 */
public record HistoryOptions(boolean enabled, Optional<String> start, Optional<String> since) {

    public static HistoryOptions defaults() {
        return new HistoryOptions(true, Optional.empty(), Optional.empty());
    }

    public static HistoryOptions off() {
        return new HistoryOptions(false, Optional.empty(), Optional.empty());
    }
}
