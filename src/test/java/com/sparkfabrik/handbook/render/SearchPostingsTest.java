package com.sparkfabrik.handbook.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A term's shard entry: its best-weighted {@value SearchPostings#MAX_POSTINGS} sections (ties: the
 * earlier section), in section order, each as the gap from the previous one.
 */
class SearchPostingsTest {

    @ParameterizedTest(name = "{0} sections")
    @ValueSource(ints = {1, 999, 1_000, 1_001, 1_500, 5_000})
    void keepsTheBestWeightedSectionsInSectionOrder(int sections) {
        Random random = new Random(sections);
        List<SearchIndex.Section> docs = new ArrayList<>();
        int[] weights = new int[sections];
        for (int d = 0; d < sections; d++) {
            // few distinct weights, so many ties at the cut
            weights[d] = 1 + random.nextInt(random.nextBoolean() ? 3 : 31);
            docs.add(
                    new SearchIndex.Section(
                            "p.html#s" + d, "P", "S", "", TermWeights.of(Map.of("w", weights[d]))));
        }
        // the rule, written the slow way: a stable sort by weight, cut, back in section order
        int[] kept =
                IntStream.range(0, sections)
                        .boxed()
                        .sorted(Comparator.comparingInt(d -> -weights[d]))
                        .limit(SearchPostings.MAX_POSTINGS)
                        .sorted()
                        .mapToInt(Integer::intValue)
                        .toArray();
        int[] expected = new int[kept.length * 2];
        int previous = 0;
        for (int i = 0; i < kept.length; i++) {
            expected[2 * i] = kept[i] - previous;
            expected[2 * i + 1] = weights[kept[i]];
            previous = kept[i];
        }
        assertArrayEquals(expected, SearchPostings.of(docs).weighted().get("w"));
    }
}
