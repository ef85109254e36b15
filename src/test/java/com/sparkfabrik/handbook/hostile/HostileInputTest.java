package com.sparkfabrik.handbook.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sparkfabrik.handbook.Fixtures;
import com.sparkfabrik.handbook.OutputInvariant;
import com.sparkfabrik.handbook.Runs;
import com.sparkfabrik.handbook.SiteManifest;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile inputs through the real command line, {@code check} and {@code build}: each is refused
 * with located diagnostics (or, where it is legitimate, built), in bounded time, with no stack
 * trace, and a failed build leaves the previous site byte for byte as it was.
 *
 * <p>Small inputs live in {@code src/test/resources/hostile/<case>/}, laid over the minimal site,
 * with the exact diagnostics in {@code expected.txt} ({@code -Dgolden.update=true} rewrites them);
 * large ones are generated here.
 */
class HostileInputTest {

    static final Path HOSTILE = Path.of("src/test/resources/hostile");
    private static final int MIB = 1024 * 1024;

    /** Writes a hostile input into a copy of the minimal site. */
    interface Input {
        void writeInto(Path site) throws IOException;
    }

    static Stream<String> corpus() throws IOException {
        try (Stream<Path> dirs = Files.list(HOSTILE)) {
            return dirs
                    .filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void corpusInputIsRefusedWithItsExactDiagnostics(String name, @TempDir Path temp)
            throws IOException {
        Path caseDir = HOSTILE.resolve(name);
        Fixtures.Run run =
                runHostile(
                        temp,
                        site -> {
                            Fixtures.copy(caseDir, site);
                            Files.delete(site.resolve("expected.txt"));
                        },
                        1);
        Path expected = caseDir.resolve("expected.txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expected, run.err());
        }
        assertEquals(Fixtures.read(expected), run.err(), "diagnostics of " + name);
    }

    static Stream<Arguments> generated() {
        return Stream.of(
                // policy.yaml
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
                        "policy.yaml:33:33: error: nesting deeper than 32 levels is not allowed [yaml]"),
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
                        "policy.yaml:11: error: the line is longer than 65536 characters"),
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
                        "policy.yaml:1:4: error: the file is binary (it contains a NUL byte), not YAML text [yaml]"),
                // content/
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
                        "5,000 nested block quotes",
                        site ->
                                write(
                                        site,
                                        "content/deep.md",
                                        page("Deep", "> ".repeat(5_000) + "deep\n")),
                        "content/deep.md:4:87: error: quotes, lists or emphasis nest deeper than 64 levels: flatten them [markdown]"),
                refused(
                        "1,000 nested lists",
                        site ->
                                write(
                                        site,
                                        "content/deep.md",
                                        page("Deep", indentedBy(1_000, 2, "- item"))),
                        "content/deep.md:68:129: error: quotes, lists or emphasis nest deeper than 64 levels: flatten them [markdown]"),
                refused(
                        "5,000 nested list markers on one line",
                        site ->
                                write(
                                        site,
                                        "content/deep.md",
                                        page("Deep", "- ".repeat(5_000) + "x\n")),
                        "content/deep.md:4:87: error: quotes, lists or emphasis nest deeper than 64 levels: flatten them [markdown]"),
                refused(
                        "5,000 nested ordered list markers on one line",
                        site ->
                                write(
                                        site,
                                        "content/deep.md",
                                        page("Deep", "1. ".repeat(5_000) + "x\n")),
                        "content/deep.md:4:131: error: quotes, lists or emphasis nest deeper than 64 levels: flatten them [markdown]"),
                refused(
                        "5,000 nested quotes and lists",
                        site ->
                                write(
                                        site,
                                        "content/deep.md",
                                        page("Deep", "> - ".repeat(5_000) + "x\n")),
                        "content/deep.md:4:"),
                refused(
                        "5,000 nested emphasis",
                        site ->
                                write(
                                        site,
                                        "content/deep.md",
                                        page(
                                                "Deep",
                                                "*a ".repeat(5_000)
                                                        + "x"
                                                        + " a*".repeat(5_000)
                                                        + "\n")),
                        "content/deep.md:4:"),
                refused(
                        "5,000 nested images",
                        site ->
                                write(
                                        site,
                                        "content/deep.md",
                                        page(
                                                "Deep",
                                                "![".repeat(5_000)
                                                        + "x"
                                                        + "](y.png)".repeat(5_000)
                                                        + "\n")),
                        "content/deep.md:4:"),
                refused(
                        "a run of 5,000 asterisks",
                        site ->
                                write(
                                        site,
                                        "content/deep.md",
                                        page("Deep", "*".repeat(5_000) + "x\n")),
                        "content/deep.md:4: error: the page cannot be rendered"),
                refused(
                        "a line of 5,000 dashes",
                        site ->
                                write(
                                        site,
                                        "content/deep.md",
                                        page("Deep", "-".repeat(5_000) + "\n")),
                        "content/deep.md:4: error: the page cannot be rendered"),
                refused(
                        "5,000 nested parentheses in a template",
                        site ->
                                write(
                                        site,
                                        "content/deep.md",
                                        page(
                                                "Deep",
                                                "text {{ "
                                                        + "(".repeat(5_000)
                                                        + "1"
                                                        + ")".repeat(5_000)
                                                        + " }}\n")),
                        "content/deep.md:4:6: error: template error: template tag longer than 512 characters"),
                refused(
                        "5,000 nested calls in a template",
                        site ->
                                write(
                                        site,
                                        "content/deep.md",
                                        page(
                                                "Deep",
                                                "{{ "
                                                        + "value(".repeat(5_000)
                                                        + "'x'"
                                                        + ")".repeat(5_000)
                                                        + " }}\n")),
                        "content/deep.md:4:1: error: template error: template tag longer than 512 characters"),
                refused(
                        "5,000 nested list literals in an unterminated tag",
                        site ->
                                write(
                                        site,
                                        "content/deep.md",
                                        page("Deep", "ok\n{% if " + "[".repeat(5_000) + "\n")),
                        "content/deep.md:5:1: error: template error: template tag longer than 512 characters"),
                refused(
                        "5,000 nested ifs",
                        site ->
                                write(
                                        site,
                                        "content/deep.md",
                                        page(
                                                "Deep",
                                                "{% if true %}".repeat(5_000)
                                                        + "x"
                                                        + "{% endif %}".repeat(5_000)
                                                        + "\n")),
                        "content/deep.md:4:209: error: template error: 'if' tags nest deeper than 16 levels [template]"),
                refused(
                        "an operator chain of 100,000 terms",
                        site ->
                                write(
                                        site,
                                        "content/deep.md",
                                        page("Deep", "{{ 1" + " + 1".repeat(100_000) + " }}\n")),
                        "content/deep.md:4:1: error: template error: template tag longer than 512 characters"),
                refused(
                        "nesting hidden behind a closing delimiter in a string",
                        site ->
                                write(
                                        site,
                                        "content/deep.md",
                                        page(
                                                "Deep",
                                                "{{ '}}' ~ "
                                                        + "(".repeat(20_000)
                                                        + "1"
                                                        + ")".repeat(20_000)
                                                        + " }}\n")),
                        "content/deep.md:4:1: error: template error: template tag longer than 512 characters"),
                refused(
                        "a link title of 5,000 words",
                        site ->
                                write(
                                        site,
                                        "content/deep.md",
                                        page("Deep", "[x](y.md \"" + "a ".repeat(5_000) + "\")\n")),
                        "content/deep.md:4: error: the page cannot be rendered"),
                refused(
                        "an inline tag with 5,000 attributes",
                        site ->
                                write(
                                        site,
                                        "content/deep.md",
                                        page("Deep", "x <span" + " a=1".repeat(5_000) + "> y\n")),
                        "content/deep.md:4: error: the page cannot be rendered"),
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

    @ParameterizedTest(name = "{0}")
    @MethodSource("generated")
    void generatedInputIsHandledCleanly(
            String name, Input input, int exitCode, String firstLine, @TempDir Path temp) {
        Fixtures.Run run = runHostile(temp, input, exitCode);
        String first = run.err().lines().findFirst().orElse("");
        assertTrue(
                first.startsWith(firstLine),
                () ->
                        name
                                + ": expected the first diagnostic to start with\n  "
                                + firstLine
                                + "\nbut stderr was\n"
                                + abbreviate(run.err()));
    }

    /**
     * Builds the minimal site, lays the hostile input over its source, runs {@code check} and
     * {@code build} into the same output, and checks the common guarantees; returns the check run.
     */
    static Fixtures.Run runHostile(Path temp, Input input, int exitCode) {
        Path source = Fixtures.copy(Fixtures.ROOT.resolve("minimal"), temp.resolve("src"));
        Path out = temp.resolve("out");
        Runs.buildGood(source, out);
        Map<String, String> before = SiteManifest.of(out);
        try {
            input.writeInto(source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Fixtures.Run check = Runs.check(source);
        Fixtures.Run build = Runs.build(source, out);
        assertEquals(
                exitCode,
                check.exitCode(),
                () -> "check exit code; stderr:\n" + abbreviate(check.err()));
        assertEquals(
                exitCode,
                build.exitCode(),
                () -> "build exit code; stderr:\n" + abbreviate(build.err()));
        assertEquals(check.err(), build.err(), "check and build report the same diagnostics");
        assertLocated(check.err());
        if (exitCode == 0) {
            OutputInvariant.assertSafe(out);
        } else {
            assertEquals(
                    SiteManifest.format(before),
                    SiteManifest.format(SiteManifest.of(out)),
                    "the previous site changed");
        }
        Runs.assertNoLeftovers(out);
        return check;
    }

    private static final Pattern DIAGNOSTIC =
            Pattern.compile(
                    "(policy\\.yaml|content/[^:]+)(:\\d+(:\\d+)?)?: (error|warning): .+ \\[[a-z0-9-]+\\]");
    private static final Pattern SUMMARY = Pattern.compile("\\d+ errors?, \\d+ warnings?");

    /**
     * Every line is a diagnostic naming a source file (and a line where there is one), or the
     * summary.
     */
    static void assertLocated(String stderr) {
        stderr.lines()
                .forEach(
                        line ->
                                assertTrue(
                                        DIAGNOSTIC.matcher(line).matches()
                                                || SUMMARY.matcher(line).matches(),
                                        () -> "not a located diagnostic: " + abbreviate(line)));
        assertTrue(
                stderr.lines().anyMatch(SUMMARY.asMatchPredicate()),
                () -> "no summary line:\n" + abbreviate(stderr));
    }

    private static Arguments refused(String name, Input input, String firstLine) {
        return Arguments.of(name, input, 1, firstLine);
    }

    private static Arguments built(String name, Input input) {
        return Arguments.of(name, input, 0, "");
    }

    static String page(String title, String body) {
        return "---\ntitle: " + title + "\n---\n" + body;
    }

    private static String lines(int n, IntFunction<String> line) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append(line.apply(i));
        }
        return out.toString();
    }

    private static String indented(int depth, String item) {
        return indentedBy(depth, 1, item);
    }

    private static String indentedBy(int depth, int width, String item) {
        return lines(depth, i -> " ".repeat(i * width) + item + "\n");
    }

    private static void write(Path site, String file, String text) throws IOException {
        Files.createDirectories(site.resolve(file).getParent());
        Files.writeString(site.resolve(file), text);
    }

    private static void bytes(Path site, String file, String text) throws IOException {
        Files.write(site.resolve(file), text.getBytes(StandardCharsets.UTF_8));
    }

    private static void raw(Path site, String file, byte[] head, byte[] tail) throws IOException {
        byte[] all = new byte[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        Files.write(site.resolve(file), all);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static void replaceInPolicy(Path site, String from, String to) throws IOException {
        Path policy = site.resolve("policy.yaml");
        String text = Files.readString(policy);
        if (!text.contains(from)) {
            throw new IllegalStateException("the minimal policy has no '" + from + "'");
        }
        Files.writeString(policy, text.replace(from, to));
    }

    /**
     * A file of {@code head} then {@code line} repeated up to {@code size} bytes, written in
     * chunks.
     */
    private static void repeat(Path file, String head, String line, int size) throws IOException {
        byte[] chunk = line.repeat(64 * 1024 / line.length()).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(head.getBytes(StandardCharsets.UTF_8));
            for (long written = head.length(); written < size; written += chunk.length) {
                out.write(chunk);
            }
        }
    }

    private static void sparse(Path file, long size) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(size);
        }
    }

    static String abbreviate(String s) {
        return s.length() <= 2000
                ? s
                : s.substring(0, 2000) + "\n... (" + s.length() + " characters)";
    }
}
