package com.sparkfabrik.handbook.hostile;

import static com.sparkfabrik.handbook.hostile.HostileFiles.MIB;
import static com.sparkfabrik.handbook.hostile.HostileFiles.lines;
import static com.sparkfabrik.handbook.hostile.HostileFiles.page;
import static com.sparkfabrik.handbook.hostile.HostileFiles.repeat;
import static com.sparkfabrik.handbook.hostile.HostileFiles.sparse;
import static com.sparkfabrik.handbook.hostile.HostileFiles.write;
import static com.sparkfabrik.handbook.hostile.HostileRuns.built;
import static com.sparkfabrik.handbook.hostile.HostileRuns.refused;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Content too large or too dense: pages of 10 MB and of one 1 MB line, 10,000 headings or links,
 * paragraphs of tens of thousands of links or entities, an asset of 20 MB. Each is run as {@link
 * GeneratedInputCases} says.
 */
class LargeContentTest extends GeneratedInputCases {

    static Stream<Arguments> generated() {
        return Stream.of(
                refused(
                        "a page of 10 MB",
                        site ->
                                repeat(
                                        site.resolve("content/big.md"),
                                        "---\ntitle: Big\n---\n",
                                        "Lorem ipsum dolor sit amet.\n",
                                        10 * MIB),
                        "content/big.md: error: the page is larger than 1024 KiB: split it [content]"),
                built(
                        "a page with 10,000 headings",
                        site ->
                                write(
                                        site,
                                        "content/headings.md",
                                        page(
                                                "Headings",
                                                lines(10_000, i -> "## Heading " + i + "\n")))),
                built(
                        "a page with 10,000 links to its own headings",
                        site ->
                                write(
                                        site,
                                        "content/links.md",
                                        page(
                                                "Links",
                                                "## Target\n\n"
                                                        + lines(
                                                                10_000,
                                                                i ->
                                                                        "[link "
                                                                                + i
                                                                                + "](#target)\n\n")))),
                refused(
                        "a paragraph of 30,000 links",
                        site ->
                                write(
                                        site,
                                        "content/links.md",
                                        page(
                                                "Links",
                                                "## Target\n\n"
                                                        + lines(
                                                                30_000,
                                                                i ->
                                                                        "[link "
                                                                                + i
                                                                                + "](#target)\n"))),
                        "content/links.md:6:1: error: this paragraph has too much inline markup"),
                refused(
                        "a paragraph of 100,000 entities",
                        site ->
                                write(
                                        site,
                                        "content/dense.md",
                                        page(
                                                "Dense",
                                                "Intro.\n\n" + "&amp;".repeat(100_000) + "\n")),
                        "content/dense.md:6:1: error: this paragraph has too much inline markup"),
                refused(
                        "paragraphs of 1,000 links each",
                        site ->
                                write(
                                        site,
                                        "content/dense.md",
                                        page(
                                                "Dense",
                                                ("[a](#b) ".repeat(1_000) + "\n\n").repeat(100))),
                        "content/dense.md:"),
                refused(
                        "an asset of 20 MB",
                        site -> sparse(site.resolve("content/video.bin"), 20L * MIB),
                        "content/video.bin: error: the file is larger than 16 MiB: publish it elsewhere and link to it [content]"),
                refused(
                        "a page of one 1 MB line",
                        site ->
                                write(
                                        site,
                                        "content/long.md",
                                        page("Long", "word ".repeat(200_000) + "\n")
                                                + "{{ value('nope') }}\n"),
                        "content/long.md:5:10: error: unknown fact 'nope' [fact-ref]"));
    }
}
