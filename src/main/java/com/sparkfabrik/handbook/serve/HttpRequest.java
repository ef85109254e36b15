package com.sparkfabrik.handbook.serve;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The parts of a request head the dev server uses. {@code host} is the authority of an
 * absolute-form target ({@code GET http://host/path}), which HTTP says wins over the Host header,
 * else the first Host header, else null. Requests never carry a body here: only GET and HEAD are
 * answered and every connection closes after its response.
 */
record HttpRequest(String method, String rawPath, String host) {

    /**
     * The request in {@code head} (request line and headers, without the blank line), or empty when
     * it is not well-formed HTTP/1.x, which is answered with 400.
     */
    static Optional<HttpRequest> parse(byte[] head, int length) {
        String[] lines = new String(head, 0, length, StandardCharsets.ISO_8859_1).split("\r?\n");
        String[] start = lines[0].split(" ", -1);
        if (start.length != 3
                || !start[0].matches("[A-Z]{1,16}")
                || !start[2].matches("HTTP/1\\.[01]")) {
            return Optional.empty();
        }
        URI target;
        try {
            target = new URI(start[1]);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        boolean absolute =
                target.isAbsolute()
                        && target.getRawAuthority() != null
                        && target.getScheme().toLowerCase(Locale.ROOT).matches("https?");
        if (!absolute && !start[1].startsWith("/")) {
            return Optional.empty();
        }
        String host = absolute ? target.getRawAuthority() : null;
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            // no name, a name with spaces, or a folded continuation line: not a header we accept
            if (colon <= 0
                    || !lines[i].substring(0, colon).matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+")) {
                return Optional.empty();
            }
            if (host == null && lines[i].substring(0, colon).equalsIgnoreCase("host")) {
                host = lines[i].substring(colon + 1).strip();
            }
        }
        String path =
                target.getRawPath() == null || target.getRawPath().isEmpty()
                        ? "/"
                        : target.getRawPath();
        return Optional.of(new HttpRequest(start[0], path, host));
    }

    /** The offset just past the blank line that ends a request head in {@code bytes}, or -1. */
    static int headEnd(byte[] bytes, int from, int length) {
        for (int i = Math.max(0, from); i < length; i++) {
            if (bytes[i] == '\n'
                    && ((i >= 1 && bytes[i - 1] == '\n')
                            || (i >= 2 && bytes[i - 1] == '\r' && bytes[i - 2] == '\n'))) {
                return i + 1;
            }
        }
        return -1;
    }
}
