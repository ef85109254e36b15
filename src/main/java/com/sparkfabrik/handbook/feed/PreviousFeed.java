package com.sparkfabrik.handbook.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.sparkfabrik.handbook.diag.Diagnostics;
import com.sparkfabrik.handbook.diag.SourcePosition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The previously published feed, parsed: what the compatibility check compares the new feed
 * against. {@code file} names it in diagnostics (as the user gave it, e.g. on the command line).
 */
public record PreviousFeed(String file, JsonNode document) {

    private static final JsonMapper JSON =
            JsonMapper.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .build();

    public PreviousFeed {
        document = document.deepCopy();
    }

    @Override
    public JsonNode document() {
        return document.deepCopy();
    }

    /**
     * Reads and parses {@code location}: an {@code https} URL of the published feed, or a file. A
     * missing file, a failed download or invalid JSON is an error, reported at the location.
     */
    public static Optional<PreviousFeed> read(String location, Diagnostics diagnostics) {
        if (location.contains("://")) {
            return FeedDownload.fetch(location, FeedDownload.TIMEOUT, diagnostics)
                    .flatMap(bytes -> parse(location, bytes, diagnostics));
        }
        return read(Path.of(location), diagnostics);
    }

    /**
     * Reads and parses {@code path}; a missing file or invalid JSON is an error, reported at the
     * file.
     */
    public static Optional<PreviousFeed> read(Path path, Diagnostics diagnostics) {
        String name = path.toString().replace('\\', '/');
        try {
            return parse(name, Files.readAllBytes(path), diagnostics);
        } catch (NoSuchFileException e) {
            diagnostics.error(
                    FeedCompatibility.RULE,
                    SourcePosition.of(name),
                    "the previous feed does not exist");
        } catch (IOException e) {
            diagnostics.error(
                    FeedCompatibility.RULE,
                    SourcePosition.of(name),
                    "cannot read the previous feed: " + e.getMessage());
        }
        return Optional.empty();
    }

    public static Optional<PreviousFeed> parse(String name, byte[] bytes, Diagnostics diagnostics) {
        try {
            JsonNode document = JSON.readTree(bytes);
            if (document == null || !document.isObject()) {
                diagnostics.error(
                        FeedCompatibility.RULE,
                        SourcePosition.of(name),
                        "the previous feed is not a JSON object");
                return Optional.empty();
            }
            return Optional.of(new PreviousFeed(name, document));
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            SourcePosition position =
                    at == null || at.getLineNr() < 1
                            ? SourcePosition.of(name)
                            : new SourcePosition(
                                    name, at.getLineNr(), Math.max(1, at.getColumnNr()));
            diagnostics.error(
                    FeedCompatibility.RULE,
                    position,
                    "the previous feed is not valid JSON: "
                            + e.getOriginalMessage().lines().findFirst().orElse("").strip());
            return Optional.empty();
        } catch (IOException e) {
            diagnostics.error(
                    FeedCompatibility.RULE,
                    SourcePosition.of(name),
                    "cannot read the previous feed: " + e.getMessage());
            return Optional.empty();
        }
    }
}
