package com.sparkfabrik.handbook.render;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which sections each term is in. A term's shard entry keeps at most {@value #MAX_POSTINGS}
 * sections, its best-weighted, so a shard stays small whatever the site's size; a term in more
 * sections (a common word) also gets every section it is in, as a set of bits, so a query of
 * several common words still finds a section that has them all.
 *
 * @param weighted term to (section gap, weight) pairs in section order, best-weighted only
 * @param complete term to every section it is in, for the terms in more than MAX_POSTINGS
 */
record SearchPostings(TreeMap<String, int[]> weighted, TreeMap<String, BitSet> complete) {

    /** A term in more sections than this keeps its best-weighted ones in its shard. */
    static final int MAX_POSTINGS = 1_000;

    static SearchPostings of(List<SearchIndex.Section> docs) {
        // hashed while collecting (a tree map costs a string comparison per level for each of
        // millions of term occurrences at 10,000 pages), sorted once at the end
        Map<String, IntPairs> byTerm = new HashMap<>();
        for (int d = 0; d < docs.size(); d++) {
            int doc = d;
            docs.get(d)
                    .weights()
                    .forEach(
                            (term, weight) ->
                                    byTerm.computeIfAbsent(term, k -> new IntPairs())
                                            .add(doc, weight));
        }
        TreeMap<String, int[]> weighted = new TreeMap<>();
        TreeMap<String, BitSet> complete = new TreeMap<>();
        byTerm.forEach(
                (term, pairs) -> {
                    weighted.put(term, pairs.gaps());
                    if (pairs.size / 2 > MAX_POSTINGS) {
                        complete.put(term, pairs.sections());
                    }
                });
        return new SearchPostings(weighted, complete);
    }

    /** One term's (section, weight) pairs, added in section order. */
    private static final class IntPairs {
        private int[] pairs = new int[4];
        private int size;

        void add(int doc, int weight) {
            if (size == pairs.length) {
                pairs = Arrays.copyOf(pairs, size * 2);
            }
            pairs[size++] = doc;
            pairs[size++] = weight;
        }

        BitSet sections() {
            BitSet all = new BitSet();
            for (int i = 0; i < size; i += 2) {
                all.set(pairs[i]);
            }
            return all;
        }

        /**
         * The pairs with each section as the gap from the previous one; for a term in more than
         * MAX_POSTINGS sections, the best-weighted ones (ties: the earlier section). Weights are
         * small, so the cut is found by counting them, in two passes and no sort.
         */
        int[] gaps() {
            int count = size / 2;
            int threshold = 0;
            int keptAtThreshold = count;
            if (count > MAX_POSTINGS) {
                int[] byWeight = new int[256];
                for (int i = 1; i < size; i += 2) {
                    byWeight[pairs[i]]++;
                }
                int above = 0;
                threshold = byWeight.length - 1;
                while (above + byWeight[threshold] < MAX_POSTINGS) {
                    above += byWeight[threshold--];
                }
                keptAtThreshold = MAX_POSTINGS - above;
            }
            int[] flat = new int[Math.min(count, MAX_POSTINGS) * 2];
            int previous = 0;
            int at = 0;
            for (int i = 0; i < size; i += 2) {
                int weight = pairs[i + 1];
                if (weight < threshold || (weight == threshold && keptAtThreshold-- <= 0)) {
                    continue;
                }
                flat[at++] = pairs[i] - previous;
                flat[at++] = weight;
                previous = pairs[i];
            }
            return flat;
        }
    }
}
