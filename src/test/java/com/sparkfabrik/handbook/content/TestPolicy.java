package com.sparkfabrik.handbook.content;

import com.sparkfabrik.handbook.diag.Diagnostics;
import com.sparkfabrik.handbook.policy.Policy;
import com.sparkfabrik.handbook.policy.PolicyLoader;
import com.sparkfabrik.handbook.policy.PolicyValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/** The policy of the full fixture site, which content tests evaluate pages against. */
final class TestPolicy {

    private TestPolicy() {}

    static Policy full() {
        try {
            byte[] bytes =
                    Files.readAllBytes(Path.of("src/test/resources/fixtures/full/policy.yaml"));
            return new PolicyLoader(new PolicyValidator(Clock.systemUTC()))
                    .parse(bytes, new Diagnostics())
                    .orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
