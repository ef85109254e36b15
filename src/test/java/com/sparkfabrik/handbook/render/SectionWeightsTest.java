package com.sparkfabrik.handbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Weighing by sorting gives what weighing with maps gives. */
class SectionWeightsTest {

    @Test
    void sameWeightsAsCountingInMaps() {
        Random random = new Random(5);
        String[] words = {"a", "b", "policy", "limit", "x9", "z", "é", "pay-as-you-go"};
        for (int round = 0; round < 3000; round++) {
            List<String> body = pick(random, words, random.nextInt(40));
            List<String> detailed = pick(random, words, random.nextInt(4));
            List<String> heading = pick(random, words, random.nextInt(4));
            SectionWeights weights = new SectionWeights(body, SearchIndex::bodyWeight);
            detailed.forEach(t -> weights.raise(t, 5, 15));
            heading.forEach(t -> weights.heading(t, 16));
            assertEquals(withMaps(body, detailed, heading), weights.done(), body + " " + heading);
        }
    }

    /** The weighing as it was first written, with maps. */
    private static TermWeights withMaps(
            List<String> body, List<String> detailed, List<String> heading) {
        Map<String, Integer> counts = new HashMap<>();
        body.forEach(term -> counts.merge(term, 1, Integer::sum));
        Map<String, Integer> weights = new HashMap<>();
        counts.forEach(
                (term, count) -> weights.put(term, SearchIndex.bodyWeight(count, body.size())));
        detailed.forEach(term -> weights.computeIfPresent(term, (t, w) -> Math.min(15, w + 5)));
        heading.forEach(term -> weights.merge(term, 16, (a, b) -> a < 16 ? a + b : a));
        return TermWeights.of(weights);
    }

    private static List<String> pick(Random random, String[] words, int n) {
        List<String> picked = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            picked.add(words[random.nextInt(words.length)]);
        }
        return picked;
    }
}
