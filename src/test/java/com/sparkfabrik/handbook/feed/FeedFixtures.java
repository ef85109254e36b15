package com.sparkfabrik.handbook.feed;

import static org.junit.jupiter.api.Assertions.fail;

import com.sparkfabrik.handbook.diag.Diagnostic;
import com.sparkfabrik.handbook.diag.Diagnostics;
import com.sparkfabrik.handbook.policy.Policy;
import com.sparkfabrik.handbook.policy.PolicyLoader;
import com.sparkfabrik.handbook.policy.PolicyValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Collectors;

/** The fixture policy of the feed tests, and small helpers to load variants of it. */
final class FeedFixtures {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);

    private FeedFixtures() {}

    /** The text of {@code src/test/resources/feed/policy.yaml}. */
    static String policyText() {
        try (InputStream in = FeedFixtures.class.getResourceAsStream("/feed/policy.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Policy policy() {
        return policy(policyText());
    }

    /** Loads policy text that must be valid; fails the test with its errors otherwise. */
    static Policy policy(String yaml) {
        Diagnostics diagnostics = new Diagnostics();
        var policy =
                new PolicyLoader(new PolicyValidator(CLOCK))
                        .parse(yaml.getBytes(StandardCharsets.UTF_8), diagnostics);
        if (diagnostics.hasErrors() || policy.isEmpty()) {
            fail(
                    "fixture policy has errors:\n"
                            + diagnostics.all().stream()
                                    .map(Diagnostic::format)
                                    .collect(Collectors.joining("\n")));
        }
        return policy.get();
    }

    static Feed feed(Policy policy) {
        return new FeedBuilder("").build(policy);
    }

    static Feed feed() {
        return feed(policy());
    }

    /** The fixture with {@code from} replaced by {@code to} exactly once. */
    static String edited(String from, String to) {
        String text = policyText();
        int at = text.indexOf(from);
        if (at < 0 || text.indexOf(from, at + 1) >= 0) {
            throw new IllegalArgumentException(
                    "'" + from + "' must occur exactly once in the fixture");
        }
        return text.substring(0, at) + to + text.substring(at + from.length());
    }
}
