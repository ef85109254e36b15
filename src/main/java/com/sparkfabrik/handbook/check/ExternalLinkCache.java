package com.sparkfabrik.handbook.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.TreeMap;

/**
 * Remembers which external URLs worked, and when, in a JSON file: {@code
 * {"version":1,"urls":{"https://x/":{"status":200,"checked":"2026-01-01T00:00:00Z"}}}}. Only
 * successes are kept, so a broken link is fetched again on the next run. An unreadable or malformed
 * file counts as empty; it is rewritten atomically, sorted by URL.
 */
final class ExternalLinkCache {

    private record Entry(int status, Instant checked) {}

    private final Path file;
    private final Duration ttl;
    private final Clock clock;
    private final Map<String, Entry> entries = new TreeMap<>();

    private ExternalLinkCache(Path file, Duration ttl, Clock clock) {
        this.file = file;
        this.ttl = ttl;
        this.clock = clock;
    }

    static ExternalLinkCache load(Path file, Duration ttl, Clock clock) {
        ExternalLinkCache cache = new ExternalLinkCache(file, ttl, clock);
        if (file != null && Files.isRegularFile(file)) {
            cache.read();
        }
        return cache;
    }

    private void read() {
        JsonNode urls;
        try {
            urls = new ObjectMapper().readTree(file.toFile()).path("urls");
        } catch (IOException e) {
            return; // a damaged cache is only a slower run
        }
        for (Map.Entry<String, JsonNode> field : urls.properties()) {
            try {
                Instant checked = Instant.parse(field.getValue().path("checked").asText());
                entries.put(
                        field.getKey(),
                        new Entry(field.getValue().path("status").asInt(), checked));
            } catch (DateTimeParseException e) {
                // skip the entry
            }
        }
    }

    /** True if the URL worked within the TTL. */
    synchronized boolean isFresh(String url) {
        Entry entry = entries.get(url);
        return entry != null && isFresh(entry);
    }

    private boolean isFresh(Entry entry) {
        Instant now = clock.instant();
        return !entry.checked().isAfter(now) && entry.checked().plus(ttl).isAfter(now);
    }

    synchronized void recordSuccess(String url, int status) {
        entries.put(url, new Entry(status, clock.instant()));
    }

    /** Writes the fresh entries back, if there is a file. */
    synchronized void save() {
        if (file == null) {
            return;
        }
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("version", 1);
        ObjectNode urls = root.putObject("urls");
        entries.forEach(
                (url, entry) -> {
                    if (isFresh(entry)) {
                        urls.putObject(url)
                                .put("status", entry.status())
                                .put("checked", entry.checked().toString());
                    }
                });
        try {
            Path absolute = file.toAbsolutePath();
            Files.createDirectories(absolute.getParent());
            Path temporary =
                    Files.createTempFile(
                            absolute.getParent(), absolute.getFileName().toString(), ".tmp");
            mapper.writeValue(temporary.toFile(), root);
            try {
                Files.move(
                        temporary,
                        absolute,
                        StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot write the link cache " + file + ": " + e.getMessage(), e);
        }
    }
}
