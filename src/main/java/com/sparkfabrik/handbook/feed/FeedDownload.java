package com.sparkfabrik.handbook.feed;

import com.sparkfabrik.handbook.diag.Diagnostics;
import com.sparkfabrik.handbook.diag.SourcePosition;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Downloads the previously published feed from its {@code https} URL: redirects only to https, a
 * time limit on the whole exchange, a size limit on the body; every failure an error naming the URL
 * and what went wrong.
 */
final class FeedDownload {

    static final Duration TIMEOUT = Duration.ofSeconds(20);

    /** Far above any real feed. */
    private static final int MAX_BYTES = 8 * 1024 * 1024;

    private FeedDownload() {}

    static Optional<byte[]> fetch(String url, Duration timeout, Diagnostics diagnostics) {
        SourcePosition at = SourcePosition.of(url);
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            diagnostics.error(FeedCompatibility.RULE, at, "the previous feed URL is not a URL");
            return Optional.empty();
        }
        if (!"https".equals(String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT))
                || uri.getHost() == null) {
            diagnostics.error(
                    FeedCompatibility.RULE,
                    at,
                    "the previous feed must be a file or an https URL with a host");
            return Optional.empty();
        }
        HttpClient client =
                HttpClient.newBuilder()
                        .connectTimeout(timeout)
                        .followRedirects(HttpClient.Redirect.NORMAL)
                        .build();
        HttpRequest request =
                HttpRequest.newBuilder(uri)
                        .timeout(timeout)
                        .header("Accept", "application/json")
                        .GET()
                        .build();
        try {
            HttpResponse<InputStream> response =
                    client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    diagnostics.error(
                            FeedCompatibility.RULE,
                            at,
                            "the previous feed could not be downloaded: HTTP "
                                    + response.statusCode());
                    return Optional.empty();
                }
                byte[] bytes = body.readNBytes(MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    diagnostics.error(
                            FeedCompatibility.RULE,
                            at,
                            "the previous feed is larger than " + MAX_BYTES / 1024 / 1024 + " MiB");
                    return Optional.empty();
                }
                return Optional.of(bytes);
            }
        } catch (HttpTimeoutException e) {
            diagnostics.error(
                    FeedCompatibility.RULE,
                    at,
                    "the previous feed could not be downloaded: no answer within "
                            + (timeout.toMillis() % 1000 == 0
                                    ? timeout.toSeconds() + " s"
                                    : timeout.toMillis() + " ms"));
        } catch (IOException e) {
            diagnostics.error(
                    FeedCompatibility.RULE,
                    at,
                    "the previous feed could not be downloaded: "
                            + (e.getMessage() == null
                                    ? e.getClass().getSimpleName()
                                    : e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            diagnostics.error(
                    FeedCompatibility.RULE, at, "the previous feed download was interrupted");
        }
        return Optional.empty();
    }
}
