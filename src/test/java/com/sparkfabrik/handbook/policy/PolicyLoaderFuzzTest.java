package com.sparkfabrik.handbook.policy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.sparkfabrik.handbook.diag.Diagnostic;
import com.sparkfabrik.handbook.diag.Diagnostics;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Any bytes at all: the loader reports located diagnostics about policy.yaml and returns, never
 * throws, never loops. Seeds: {@code PolicyLoaderFuzzTestInputs/}; fuzz with {@code JAZZER_FUZZ=1}.
 */
class PolicyLoaderFuzzTest {

    private static final Clock CLOCK =
            Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);

    @FuzzTest(maxDuration = "10m")
    void anyInputIsReportedNeverThrown(byte[] input) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<Policy> policy =
                new PolicyLoader(new PolicyValidator(CLOCK)).parse(input, diagnostics);
        for (Diagnostic d : diagnostics.all()) {
            assertTrue(d.position().file().equals("policy.yaml"), d.format());
        }
        assertTrue(policy.isPresent() || diagnostics.hasErrors(), "a refused policy says why");
    }
}
