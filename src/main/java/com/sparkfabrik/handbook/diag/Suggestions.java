package com.sparkfabrik.handbook.diag;

import java.util.Collection;
import java.util.Optional;

/** "Did you mean" for unknown keys and ids: the closest known name within a small edit distance. */
public final class Suggestions {

    private Suggestions() {}

    public static Optional<String> closest(String unknown, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int limit = Math.max(2, unknown.length() / 3);
        for (String candidate : known) {
            int distance = distance(unknown, candidate, limit);
            if (distance <= limit
                    && (distance < bestDistance
                            || distance == bestDistance && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The message suffix " (did you mean 'x'?)", or nothing. */
    public static String didYouMean(String unknown, Collection<String> known) {
        return closest(unknown, known).map(s -> " (did you mean '" + s + "'?)").orElse("");
    }

    /**
     * Levenshtein distance, giving up early (returning limit + 1) once it exceeds {@code limit}.
     */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] =
                        Math.min(
                                Math.min(current[j - 1] + 1, previous[j] + 1),
                                previous[j - 1] + cost);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
