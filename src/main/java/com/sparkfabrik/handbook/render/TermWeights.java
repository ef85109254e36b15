package com.sparkfabrik.handbook.render;

import java.util.Arrays;
import java.util.Map;
import java.util.function.ObjIntConsumer;

/**
 * A section's search terms and their weights, held compactly: at 10,000 pages the index keeps about
 * 65,000 sections of some 60 terms each until it is written, and the same few thousand words recur
 * in all of them, so each term is shared ({@link String#intern}) and its weight is a byte instead
 * of a map entry. Equal by value, as the dev server's memo compares them.
 */
final class TermWeights {

    private final String[] terms;
    private final byte[] weights;

    private TermWeights(String[] terms, byte[] weights) {
        this.terms = terms;
        this.weights = weights;
    }

    /** The weights of a map of term to weight (each from 1 to 127), terms in sorted order. */
    static TermWeights of(Map<String, Integer> byTerm) {
        String[] terms = byTerm.keySet().toArray(String[]::new);
        Arrays.sort(terms);
        return ofSorted(terms, Arrays.stream(terms).mapToInt(byTerm::get).toArray());
    }

    /** The weights of sorted, distinct terms (each weight from 1 to 127). */
    static TermWeights ofSorted(String[] terms, int[] byTerm) {
        byte[] weights = new byte[terms.length];
        for (int i = 0; i < terms.length; i++) {
            weights[i] = (byte) byTerm[i];
            terms[i] = terms[i].intern();
        }
        return new TermWeights(terms, weights);
    }

    void forEach(ObjIntConsumer<String> action) {
        for (int i = 0; i < terms.length; i++) {
            action.accept(terms[i], weights[i]);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TermWeights w
                && Arrays.equals(terms, w.terms)
                && Arrays.equals(weights, w.weights);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(terms) + Arrays.hashCode(weights);
    }
}
