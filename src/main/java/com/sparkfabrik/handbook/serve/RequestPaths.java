package com.sparkfabrik.handbook.serve;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Maps a request path to a file of the site, refusing anything that could climb out or be read two
 * ways: {@code ..}, encoded dots and slashes, backslashes, NUL and other control characters.
 */
final class RequestPaths {

    private RequestPaths() {}

    /** The site file for a raw (still percent-encoded) request path, or empty for a 404. */
    static Optional<String> resolve(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/") || rawPath.indexOf('\\') >= 0) {
            return Optional.empty();
        }
        String lower = rawPath.toLowerCase(Locale.ROOT);
        if (lower.contains("%2e")
                || lower.contains("%2f")
                || lower.contains("%5c")
                || lower.contains("%00")) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        StringBuilder path = new StringBuilder();
        for (String segment : decoded.substring(1).split("/", -1)) {
            if (segment.equals("..")
                    || segment.equals(".")
                    || segment.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                return Optional.empty();
            }
            if (!segment.isEmpty()) {
                path.append(path.isEmpty() ? "" : "/").append(segment);
            }
        }
        if (path.isEmpty() || decoded.endsWith("/")) {
            path.append(path.isEmpty() ? "" : "/").append("index.html");
        }
        return Optional.of(path.toString());
    }
}
