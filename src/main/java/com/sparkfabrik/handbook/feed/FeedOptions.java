package com.sparkfabrik.handbook.feed;

/**
 * How the feed is built. {@code baseUrl} is put in front of every fact's {@code url}: empty (the
 * default) gives URLs relative to the feed ({@code usage-limits.html#weekly-limit}), which resolve
 * because {@code policy.json} sits at the root of the site; otherwise it is the URL the site is
 * published at ({@code https://handbook.example/}), a trailing slash added if missing.
 */
public record FeedOptions(String baseUrl) {

    public FeedOptions {
        baseUrl = baseUrl == null ? "" : baseUrl.strip();
        if (baseUrl.chars()
                .anyMatch(c -> Character.isWhitespace(c) || c == '#' || c == '?' || c < 0x20)) {
            throw new IllegalArgumentException(
                    "the base URL must not contain spaces, '#' or '?': '" + baseUrl + "'");
        }
        if (!baseUrl.isEmpty() && !baseUrl.endsWith("/")) {
            baseUrl = baseUrl + "/";
        }
    }

    public static FeedOptions defaults() {
        return new FeedOptions("");
    }
}
