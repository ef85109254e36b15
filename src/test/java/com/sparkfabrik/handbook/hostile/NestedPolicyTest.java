package com.sparkfabrik.handbook.hostile;

import static com.sparkfabrik.handbook.hostile.HostileFiles.indented;
import static com.sparkfabrik.handbook.hostile.HostileFiles.write;
import static com.sparkfabrik.handbook.hostile.HostileRuns.refused;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * A policy nested deeper than YAML needs: thousands of flow and block lists and maps. Each is run
 * as {@link GeneratedInputCases} says.
 */
class NestedPolicyTest extends GeneratedInputCases {

    static Stream<Arguments> generated() {
        return Stream.of(
                refused(
                        "10,000 nested flow lists",
                        site ->
                                write(
                                        site,
                                        "policy.yaml",
                                        "[".repeat(10_000) + "]".repeat(10_000) + "\n"),
                        "policy.yaml:1:33: error: nesting deeper than 32 levels is not allowed [yaml]"),
                refused(
                        "10,000 nested flow maps",
                        site ->
                                write(
                                        site,
                                        "policy.yaml",
                                        "{a: ".repeat(10_000) + "}".repeat(10_000) + "\n"),
                        "policy.yaml:1:129: error: nesting deeper than 32 levels is not allowed [yaml]"),
                refused(
                        "10,000 nested block maps",
                        site -> write(site, "policy.yaml", indented(10_000, "a:")),
                        "policy.yaml: error: the file is larger than 1024 KiB: a policy this size is a mistake [yaml]"),
                refused(
                        "1,400 nested block maps under the size limit",
                        site -> write(site, "policy.yaml", indented(1_400, "a:")),
                        "policy.yaml:33:33: error: nesting deeper than 32 levels is not allowed [yaml]"),
                refused(
                        "1,400 nested block lists under the size limit",
                        site -> write(site, "policy.yaml", indented(1_400, "-")),
                        "policy.yaml:33:33: error: nesting deeper than 32 levels is not allowed [yaml]"));
    }
}
