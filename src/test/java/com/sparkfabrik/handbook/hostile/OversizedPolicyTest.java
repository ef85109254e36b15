package com.sparkfabrik.handbook.hostile;

import static com.sparkfabrik.handbook.hostile.HostileFiles.MIB;
import static com.sparkfabrik.handbook.hostile.HostileFiles.lines;
import static com.sparkfabrik.handbook.hostile.HostileFiles.repeat;
import static com.sparkfabrik.handbook.hostile.HostileFiles.replaceInPolicy;
import static com.sparkfabrik.handbook.hostile.HostileRuns.refused;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * A policy too large to be a mistake: a file of 50 MB, scalars of 1 MB, a key of 100 KB. Each is
 * run as {@link GeneratedInputCases} says.
 */
class OversizedPolicyTest extends GeneratedInputCases {

    static Stream<Arguments> generated() {
        return Stream.of(
                refused(
                        "policy of 50 MB",
                        site ->
                                repeat(
                                        site.resolve("policy.yaml"),
                                        "policy:\n",
                                        "  # padding\n",
                                        50 * MIB),
                        "policy.yaml: error: the file is larger than 1024 KiB: a policy this size is a mistake [yaml]"),
                refused(
                        "a scalar of 1 MB",
                        site ->
                                replaceInPolicy(
                                        site,
                                        "title: Minimal Policy",
                                        "title: " + "x".repeat(1_000_000)),
                        "policy.yaml:4: error: the line is longer than 65536 characters: break it, or shorten the value [yaml]"),
                refused(
                        "a quoted scalar of 1 MB",
                        site ->
                                replaceInPolicy(
                                        site,
                                        "title: Minimal Policy",
                                        "title: \"" + "x".repeat(1_000_000) + "\""),
                        "policy.yaml:4: error: the line is longer than 65536 characters"),
                refused(
                        "a folded scalar of 1 MB on 10,000 lines",
                        site ->
                                replaceInPolicy(
                                        site,
                                        "title: Minimal Policy",
                                        "title: >\n"
                                                + lines(
                                                        10_000,
                                                        i -> "    " + "x".repeat(95) + "\n")),
                        "policy.yaml:4:10: error: a value longer than 65536 characters is not allowed [yaml]"),
                refused(
                        "a plain scalar of 1 MB on 10,000 lines",
                        site ->
                                replaceInPolicy(
                                        site,
                                        "title: Minimal Policy",
                                        "title: start\n"
                                                + lines(
                                                        10_000,
                                                        i -> "    " + "x".repeat(95) + "\n")),
                        "policy.yaml:4:10: error: a value longer than 65536 characters is not allowed [yaml]"),
                refused(
                        "a key of 100 KB",
                        site ->
                                replaceInPolicy(
                                        site,
                                        "contacts:",
                                        "contacts:\n  " + "k".repeat(100_000) + ": x"),
                        "policy.yaml:11: error: the line is longer than 65536 characters"));
    }
}
