package com.sparkfabrik.handbook.hostile;

import static com.sparkfabrik.handbook.hostile.HostileFiles.deepPage;
import static com.sparkfabrik.handbook.hostile.HostileRuns.refused;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Template tags nested or chained past what a page needs: parentheses, calls, list literals, ifs,
 * operators, and nesting hidden behind a closing delimiter. Each is run as {@link
 * GeneratedInputCases} says.
 */
class NestedTemplateTest extends GeneratedInputCases {

    static Stream<Arguments> generated() {
        return Stream.of(
                refused(
                        "5,000 nested parentheses in a template",
                        deepPage(
                                "text {{ " + "(".repeat(5_000) + "1" + ")".repeat(5_000) + " }}\n"),
                        "content/deep.md:4:6: error: template error: template tag longer than 512 characters"),
                refused(
                        "5,000 nested calls in a template",
                        deepPage(
                                "{{ "
                                        + "value(".repeat(5_000)
                                        + "'x'"
                                        + ")".repeat(5_000)
                                        + " }}\n"),
                        "content/deep.md:4:1: error: template error: template tag longer than 512 characters"),
                refused(
                        "5,000 nested list literals in an unterminated tag",
                        deepPage("ok\n{% if " + "[".repeat(5_000) + "\n"),
                        "content/deep.md:5:1: error: template error: template tag longer than 512 characters"),
                refused(
                        "5,000 nested ifs",
                        deepPage(
                                "{% if true %}".repeat(5_000)
                                        + "x"
                                        + "{% endif %}".repeat(5_000)
                                        + "\n"),
                        "content/deep.md:4:209: error: template error: 'if' tags nest deeper than 16 levels [template]"),
                refused(
                        "an operator chain of 100,000 terms",
                        deepPage("{{ 1" + " + 1".repeat(100_000) + " }}\n"),
                        "content/deep.md:4:1: error: template error: template tag longer than 512 characters"),
                refused(
                        "nesting hidden behind a closing delimiter in a string",
                        deepPage(
                                "{{ '}}' ~ "
                                        + "(".repeat(20_000)
                                        + "1"
                                        + ")".repeat(20_000)
                                        + " }}\n"),
                        "content/deep.md:4:1: error: template error: template tag longer than 512 characters"));
    }
}
