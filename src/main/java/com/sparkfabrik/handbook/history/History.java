package com.sparkfabrik.handbook.history;

import com.sparkfabrik.handbook.policy.Policy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The policy's history as a build uses it: the commits that changed it, newest first; the policy
 * the compatibility check compares with ({@code base}, empty when there is none, e.g. for the first
 * version); or, when the history cannot be read, why ({@code unavailable}).
 */
public record History(
        Optional<String> unavailable, List<PolicyCommit> commits, Optional<Base> base) {

    public History {
        commits = List.copyOf(commits);
    }

    /** The policy at an earlier revision; {@code label} names it in diagnostics. */
    public record Base(String label, String revision, Policy policy) {}

    /** What to do when the history is unavailable. */
    public static final String HOW_TO_GET_IT =
            "build in a full git clone (in GitHub Actions: actions/checkout with fetch-depth: 0)";

    /** No history asked for: nothing to show, nothing to compare with, nothing to warn about. */
    public static History none() {
        return new History(Optional.empty(), List.of(), Optional.empty());
    }

    public static History unavailable(String why) {
        return new History(Optional.of(why), List.of(), Optional.empty());
    }

    /** For every fact still in the policy, the newest commit that added or changed it. */
    public Map<String, PolicyCommit> lastChanges() {
        Map<String, PolicyCommit> last = new LinkedHashMap<>();
        for (PolicyCommit commit : commits) {
            for (FactChange change : commit.changes()) {
                if (change.after().isPresent()) {
                    last.putIfAbsent(change.id(), commit);
                }
            }
        }
        return last;
    }
}
