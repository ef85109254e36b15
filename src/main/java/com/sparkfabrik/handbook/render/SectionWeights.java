package com.sparkfabrik.handbook.render;

import java.util.Arrays;
import java.util.List;

/**
 * A section's terms and their weights while they are weighed: counted by sorting the terms and
 * looked up by binary search, not hashed into maps, since a section has a hundred-odd terms, most
 * of them repeats, and the index needs them sorted anyway.
 */
final class SectionWeights {

    private String[] terms;
    private int[] weights;
    private int size;

    /** The body's terms, each weighed by {@code weigh(count, all terms)}. */
    SectionWeights(List<String> body, Weigher weigh) {
        String[] sorted = body.toArray(String[]::new);
        Arrays.sort(sorted);
        terms = new String[sorted.length];
        weights = new int[sorted.length];
        for (int i = 0; i < sorted.length; ) {
            int next = i + 1;
            while (next < sorted.length && sorted[next].equals(sorted[i])) {
                next++;
            }
            terms[size] = sorted[i];
            weights[size++] = weigh.weight(next - i, sorted.length);
            i = next;
        }
    }

    /** A weight from a term's count and the number of terms. */
    interface Weigher {
        int weight(int count, int total);
    }

    /** Adds {@code bonus} to a term the section has, up to {@code max}. */
    void raise(String term, int bonus, int max) {
        int at = Arrays.binarySearch(terms, 0, size, term);
        if (at >= 0) {
            weights[at] = Math.min(max, weights[at] + bonus);
        }
    }

    /**
     * A heading's term: {@code weight} for a term the section lacks; {@code weight} more for one
     * below it.
     */
    void heading(String term, int weight) {
        int at = Arrays.binarySearch(terms, 0, size, term);
        if (at >= 0) {
            if (weights[at] < weight) {
                weights[at] += weight;
            }
            return;
        }
        int insert = -at - 1;
        if (size == terms.length) {
            terms = Arrays.copyOf(terms, size * 2 + 4);
            weights = Arrays.copyOf(weights, size * 2 + 4);
        }
        System.arraycopy(terms, insert, terms, insert + 1, size - insert);
        System.arraycopy(weights, insert, weights, insert + 1, size - insert);
        terms[insert] = term;
        weights[insert] = weight;
        size++;
    }

    TermWeights done() {
        return TermWeights.ofSorted(Arrays.copyOf(terms, size), Arrays.copyOf(weights, size));
    }
}
