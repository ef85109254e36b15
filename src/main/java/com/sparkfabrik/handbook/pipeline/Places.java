package com.sparkfabrik.handbook.pipeline;

import java.util.List;
import java.util.function.BiPredicate;

/** A run's per-page lists compared with the last run's, place by place. */
final class Places {

    private Places() {}

    /**
     * Whether {@code now} is as long as {@code last} and each of its items is the very one {@code
     * last} has at its place or else {@code alike} it. Most items of a run that keeps every page
     * are the very ones, which costs no look at them.
     */
    static <T> boolean alike(List<T> last, List<T> now, BiPredicate<T, T> alike) {
        if (last.size() != now.size()) {
            return false;
        }
        for (int i = 0; i < now.size(); i++) {
            T was = last.get(i);
            if (was != now.get(i) && !alike.test(was, now.get(i))) {
                return false;
            }
        }
        return true;
    }
}
