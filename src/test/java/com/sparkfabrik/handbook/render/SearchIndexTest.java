package com.sparkfabrik.handbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Base64;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The index files: what a term's shard entry keeps, and every section of a common word. */
class SearchIndexTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * {@code count} sections, each with "policy" (weights 1 to 15 in turn) and a word of its own.
     */
    private static List<List<SearchIndex.Section>> sections(int count) {
        List<SearchIndex.Section> sections = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sections.add(
                    new SearchIndex.Section(
                            "p.html#s" + i,
                            "P",
                            "S" + i,
                            "policy w" + i,
                            TermWeights.of(Map.of("policy", i % 15 + 1, "w" + i, 1))));
        }
        return List.of(sections);
    }

    private static JsonNode data(Map<String, String> files, String name) throws Exception {
        String script = files.get(SearchIndex.FOLDER + name + ".js");
        return MAPPER.readTree(script.substring(script.indexOf(',') + 1, script.lastIndexOf(')')));
    }

    private static JsonNode shardOf(Map<String, String> files, String term) throws Exception {
        JsonNode shards = data(files, "manifest").get("shards");
        int at = 0;
        for (int i = 0; i < shards.size(); i++) {
            if (shards.get(i).asText().compareTo(term) <= 0) {
                at = i;
            }
        }
        return data(files, "t" + at).get(term);
    }

    @Test
    void aCommonWordKeepsItsBestWeightedSectionsInItsShardAndEverySectionInAFileOfItsOwn()
            throws Exception {
        int count = SearchPostings.MAX_POSTINGS + 200;
        Map<String, String> files = SearchIndex.files(sections(count));

        assertEquals(
                List.of("policy"),
                MAPPER.convertValue(data(files, "manifest").get("common"), List.class));
        JsonNode kept = shardOf(files, "policy");
        assertEquals(2 * SearchPostings.MAX_POSTINGS, kept.size());
        int lowestKept = Integer.MAX_VALUE;
        for (int i = 1; i < kept.size(); i += 2) {
            lowestKept = Math.min(lowestKept, kept.get(i).asInt());
        }
        // 1,200 sections with weights 1 to 15 in turn: the 200 left out are the lowest
        assertEquals(3, lowestKept);

        BitSet all = BitSet.valueOf(Base64.getDecoder().decode(data(files, "x0").asText()));
        assertEquals(count, all.cardinality());
        assertEquals(count, all.nextClearBit(0));
        assertFalse(files.containsKey(SearchIndex.FOLDER + "x1.js"));
    }

    @Test
    void aWordInFewerSectionsKeepsThemAllAndHasNoFileOfItsOwn() throws Exception {
        int count = SearchPostings.MAX_POSTINGS;
        Map<String, String> files = SearchIndex.files(sections(count));

        assertTrue(data(files, "manifest").get("common").isEmpty());
        assertEquals(2 * count, shardOf(files, "policy").size());
        assertTrue(files.keySet().stream().noneMatch(f -> f.contains("/x")));
    }
}
