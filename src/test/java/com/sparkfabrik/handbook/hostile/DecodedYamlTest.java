package com.sparkfabrik.handbook.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sparkfabrik.handbook.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A quoted YAML scalar can write any character as an escape; the decoded value is what reaches
 * pages and terminals, so it is checked at the scalar's line and column.
 */
class DecodedYamlTest {

    private static final String VALUE = "value: \"/usage\"";
    private static final String STATEMENT =
            "statement: Check your usage with {value}; ask {contact:owners} for more.";

    static Stream<Arguments> escapes() {
        return Stream.of(
                value(
                        "terminal escapes",
                        "\"/usage\\e[2J\\e]0;pwned\\a\"",
                        "control character U+001B"),
                value("NUL as \\x00", "\"a\\x00b\"", "control character U+0000"),
                value("NUL as \\0", "\"a\\0b\"", "control character U+0000"),
                value("bell as \\u0007", "\"\\u0007\"", "control character U+0007"),
                value("C1 as \\x9b", "\"\\x9b[31m\"", "control character U+009B"),
                value("next line as \\N", "\"a\\Nb\"", "control character U+0085"),
                value("carriage return as \\r", "\"a\\rb\"", "control character U+000D"),
                value("DEL as \\x7f", "\"a\\x7fb\"", "control character U+007F"),
                value("unpaired high surrogate", "\"\\ud800\"", "unpaired surrogate U+D800"),
                value("unpaired low surrogate", "\"x\\udc00\"", "unpaired surrogate U+DC00"),
                value(
                        "surrogates in the wrong order",
                        "\"\\udc00\\ud800\"",
                        "unpaired surrogate U+DC00"),
                value("non-character", "\"\\uffff\"", "control character U+FFFF"),
                value(
                        "right-to-left override escaped",
                        "\"\\u202e/usage\"",
                        "bidirectional control U+202E"),
                value(
                        "isolate written raw",
                        "\"\u2066/usage\u2069\"",
                        "bidirectional control U+2066"),
                value(
                        "override in single quotes",
                        "'\u202d/usage'",
                        "bidirectional control U+202D"),
                value("override in a plain scalar", "/usage\u202e", "bidirectional control U+202E"),
                Arguments.of(
                        "escape in a statement",
                        STATEMENT,
                        "statement: \"Run \\e[31m{value}\"",
                        "28:16",
                        "control character U+001B"),
                Arguments.of(
                        "escape in a contact name",
                        "name: Policy owners",
                        "name: \"Own\\eers\"",
                        "12:11",
                        "control character U+001B"),
                Arguments.of(
                        "bell in a list item",
                        "contacts: [owners]",
                        "contacts: [owners, \"o\\x07\"]",
                        "31:24",
                        "control character U+0007"),
                Arguments.of(
                        "escape in a key",
                        "tldr: true\n  limits.usage",
                        "tldr: true\n    \"k\\e\": x\n  limits.usage",
                        "24:5",
                        "control character U+001B"));
    }

    private static Arguments value(String what, String scalar, String character) {
        return Arguments.of(what, VALUE, "value: " + scalar, "27:12", character);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("escapes")
    void aControlCharacterInADecodedValueIsRefusedWhereTheValueIsWritten(
            String what, String from, String to, String at, String character, @TempDir Path temp) {
        Fixtures.Run run =
                HostileRuns.runHostile(
                        temp,
                        site -> {
                            Path policy = site.resolve("policy.yaml");
                            String text = Files.readString(policy);
                            if (!text.contains(from)) {
                                throw new IllegalStateException("no '" + from + "' in the policy");
                            }
                            Files.writeString(policy, text.replace(from, to));
                        },
                        1);
        assertEquals(
                "policy.yaml:"
                        + at
                        + ": error: "
                        + character
                        + " in a value is not allowed: remove it [yaml]\n1 error, 0 warnings\n",
                run.err(),
                what);
    }
}
