package com.sparkfabrik.handbook.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.nio.charset.StandardCharsets;

/**
 * Writes {@code policy.json}: UTF-8, two-space indent, {@code "key": value}, {@code \n} line ends
 * whatever {@code line.separator} says, keys in the order of the document, a trailing newline. The
 * same feed always gives the same bytes.
 */
public final class FeedWriter {

    private final ObjectWriter writer;

    public FeedWriter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators =
                Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator("");
        DefaultPrettyPrinter printer =
                new DefaultPrettyPrinter(separators)
                        .withObjectIndenter(indenter)
                        .withArrayIndenter(indenter);
        writer = new ObjectMapper().writer(printer);
    }

    public byte[] write(Feed feed) {
        return write(feed.toJson());
    }

    public byte[] write(JsonNode document) {
        try {
            return (writer.writeValueAsString(document) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }
}
