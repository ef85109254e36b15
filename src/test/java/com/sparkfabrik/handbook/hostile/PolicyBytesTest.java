package com.sparkfabrik.handbook.hostile;

import static com.sparkfabrik.handbook.hostile.HostileFiles.ascii;
import static com.sparkfabrik.handbook.hostile.HostileFiles.bytes;
import static com.sparkfabrik.handbook.hostile.HostileFiles.raw;
import static com.sparkfabrik.handbook.hostile.HostileFiles.replaceInPolicy;
import static com.sparkfabrik.handbook.hostile.HostileRuns.refused;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * A policy whose bytes are not clean UTF-8 text: control characters, NUL, malformed and UTF-16
 * encodings. Each is run as {@link GeneratedInputCases} says.
 */
class PolicyBytesTest extends GeneratedInputCases {

    static Stream<Arguments> generated() {
        return Stream.of(
                refused(
                        "a bell character",
                        site ->
                                replaceInPolicy(
                                        site,
                                        "title: Minimal Policy",
                                        "title: Minimal\u0007Policy"),
                        "policy.yaml:4:17: error: control character U+0007 is not allowed: remove it [yaml]"),
                refused(
                        "an escape sequence for the terminal",
                        site ->
                                replaceInPolicy(
                                        site,
                                        "title: Minimal Policy",
                                        "title: \"\u001b[2J\u001b[31mred\""),
                        "policy.yaml:4:11: error: control character U+001B is not allowed: remove it [yaml]"),
                refused(
                        "a C1 control character",
                        site ->
                                replaceInPolicy(
                                        site,
                                        "title: Minimal Policy",
                                        "title: Minimal\u009bPolicy"),
                        "policy.yaml:4:17: error: control character U+009B is not allowed: remove it [yaml]"),
                refused(
                        "a NUL byte",
                        site -> bytes(site, "policy.yaml", "policy:\n  id: a\u0000b\n"),
                        "policy.yaml:2:8: error: the file is binary (it contains a NUL byte), not YAML text [yaml]"),
                refused(
                        "an overlong UTF-8 encoding",
                        site ->
                                raw(
                                        site,
                                        "policy.yaml",
                                        ascii("policy:\n  id: "),
                                        new byte[] {(byte) 0xC0, (byte) 0xAF}),
                        "policy.yaml:2:7: error: the file is not valid UTF-8 [yaml]"),
                refused(
                        "an encoded UTF-16 surrogate",
                        site ->
                                raw(
                                        site,
                                        "policy.yaml",
                                        ascii("policy:\n  id: "),
                                        new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}),
                        "policy.yaml:2:7: error: the file is not valid UTF-8 [yaml]"),
                refused(
                        "a UTF-8 sequence cut at the end",
                        site ->
                                raw(
                                        site,
                                        "policy.yaml",
                                        ascii("policy:\n  id: a"),
                                        new byte[] {(byte) 0xE2, (byte) 0x82}),
                        "policy.yaml:2:8: error: the file is not valid UTF-8 [yaml]"),
                refused(
                        "a UTF-16 file",
                        site ->
                                raw(
                                        site,
                                        "policy.yaml",
                                        new byte[] {(byte) 0xFF, (byte) 0xFE},
                                        "policy:\n".getBytes(StandardCharsets.UTF_16LE)),
                        "policy.yaml:1:4: error: the file is binary (it contains a NUL byte), not YAML text [yaml]"));
    }
}
