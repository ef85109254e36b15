package com.sparkfabrik.handbook.hostile;

import static com.sparkfabrik.handbook.hostile.HostileFiles.deepPage;
import static com.sparkfabrik.handbook.hostile.HostileFiles.indentedBy;
import static com.sparkfabrik.handbook.hostile.HostileRuns.refused;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Markdown nested or repeated past what a page needs: quotes, lists, emphasis, images, runs of
 * markers, a long link title, a tag with thousands of attributes. Each is run as {@link
 * GeneratedInputCases} says.
 */
class NestedMarkdownTest extends GeneratedInputCases {

    static Stream<Arguments> generated() {
        return Stream.of(
                refused(
                        "5,000 nested block quotes",
                        deepPage("> ".repeat(5_000) + "deep\n"),
                        "content/deep.md:4:87: error: quotes, lists or emphasis nest deeper than 64 levels: flatten them [markdown]"),
                refused(
                        "1,000 nested lists",
                        deepPage(indentedBy(1_000, 2, "- item")),
                        "content/deep.md:68:129: error: quotes, lists or emphasis nest deeper than 64 levels: flatten them [markdown]"),
                refused(
                        "5,000 nested list markers on one line",
                        deepPage("- ".repeat(5_000) + "x\n"),
                        "content/deep.md:4:87: error: quotes, lists or emphasis nest deeper than 64 levels: flatten them [markdown]"),
                refused(
                        "5,000 nested ordered list markers on one line",
                        deepPage("1. ".repeat(5_000) + "x\n"),
                        "content/deep.md:4:131: error: quotes, lists or emphasis nest deeper than 64 levels: flatten them [markdown]"),
                refused(
                        "5,000 nested quotes and lists",
                        deepPage("> - ".repeat(5_000) + "x\n"),
                        "content/deep.md:4:"),
                refused(
                        "5,000 nested emphasis",
                        deepPage("*a ".repeat(5_000) + "x" + " a*".repeat(5_000) + "\n"),
                        "content/deep.md:4:"),
                refused(
                        "5,000 nested images",
                        deepPage("![".repeat(5_000) + "x" + "](y.png)".repeat(5_000) + "\n"),
                        "content/deep.md:4:"),
                refused(
                        "a run of 5,000 asterisks",
                        deepPage("*".repeat(5_000) + "x\n"),
                        "content/deep.md:4: error: the page cannot be rendered"),
                refused(
                        "a line of 5,000 dashes",
                        deepPage("-".repeat(5_000) + "\n"),
                        "content/deep.md:4: error: the page cannot be rendered"),
                refused(
                        "a link title of 5,000 words",
                        deepPage("[x](y.md \"" + "a ".repeat(5_000) + "\")\n"),
                        "content/deep.md:4: error: the page cannot be rendered"),
                refused(
                        "an inline tag with 5,000 attributes",
                        deepPage("x <span" + " a=1".repeat(5_000) + "> y\n"),
                        "content/deep.md:4: error: the page cannot be rendered"));
    }
}
