package com.sparkfabrik.handbook.hostile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sparkfabrik.handbook.Fixtures;
import com.sparkfabrik.handbook.content.ContentReader;
import com.sparkfabrik.handbook.content.FactExpander;
import com.sparkfabrik.handbook.content.MarkdownRenderer;
import com.sparkfabrik.handbook.content.PageSource;
import com.sparkfabrik.handbook.diag.Diagnostics;
import com.sparkfabrik.handbook.policy.PolicyLoader;
import com.sparkfabrik.handbook.policy.PolicyValidator;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Work grows with the input, not faster: each generator of pathological Markdown is checked at
 * about 100 KB (or {@code -Dlinear.small}), or at a quarter of the limit that bounds it, and at
 * four times that, and the larger may take at most about five times as long. This measures growth,
 * not speed: a page is read, its facts expanded and its Markdown rendered on the test's own thread,
 * timed in that thread's CPU time, which other tests' threads do not inflate and other processes
 * little (on a virtual machine it also counts what the host took from the thread). Below a floor a
 * ratio measures the JIT, not the input, so small times count as the floor.
 *
 * <p>Two effects of the machine are taken out of the verdict. Work that is linear in the input
 * still costs more per byte on a larger page once the page's tree no longer fits in the processor's
 * caches: on a 2-core virtual machine a page of one-letter paragraphs, the plainest Markdown there
 * is, took 4.4-5.2 times as long at four times the size. So each run also times such a page of the
 * same two sizes, and growth beyond four times that the plain page shows too is not counted against
 * the generator. And other work on the machine slows stretches of seconds, not single runs, so the
 * two sizes and the two plain pages are timed back to back in each run and the verdict is the
 * median of the runs' ratios: of five runs, after a warm-up, and of up to twenty while it is over
 * the bound. A quadratic generator grows sixteen times, whatever the caches do.
 */
class LinearTimeTest {

    private static final int SMALL = Integer.getInteger("linear.small", 100_000);
    private static final int RUNS = 5;
    private static final int MAX_RUNS = 20;
    private static final double MAX_GROWTH = 5.0;
    private static final long FLOOR_NANOS = 50_000_000;
    private static final double MAX_DISCOUNT = 1.5;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    static Stream<Arguments> generators() {
        return Stream.of(
                gen("table without a header", n -> repeat(n, i -> "|x|y|\n")),
                gen("list items", n -> repeat(n, i -> split(i, "- item " + i + "\n"))),
                gen("heading-like lines", n -> repeat(n, i -> "#x not a heading " + i + "\n")),
                gen("hashes in a paragraph", n -> repeat(n, i -> "text\n####### seven\n")),
                gen("setext headings", n -> repeat(n, i -> "title " + i + "\n---\n\n")),
                gen("emphasis openers", n -> repeat(n, i -> "*a _b ")),
                gen("unclosed brackets", n -> repeat(n, i -> "[a ")),
                gen("unclosed images", n -> repeat(n, i -> "![a ")),
                gen("backticks", n -> repeat(n, i -> "`a ``b ")),
                gen(
                        "reference definitions",
                        n -> repeat(n, i -> "[r" + i + "]: https://example.com/" + i + "\n")),
                gen(
                        "references used",
                        n -> repeat(n, i -> "[x][r" + i + "] ") + "\n\n[r0]: https://x\n"),
                gen("one long line", n -> repeat(n, i -> "word" + i + " ")),
                gen("long line of entities", n -> repeat(n, i -> "&amp; ")),
                gen("html-like text", n -> repeat(n, i -> "<div a=\"" + i + "\"> ")),
                gen("autolinks", n -> repeat(n, i -> "<https://x.example/" + i + "> ")),
                gen(
                        "table rows",
                        n -> "| a | b |\n|---|---|\n" + repeat(n, i -> "| x" + i + " | y |\n")),
                // one quote or list up to its limit of lines, and many of them on a page
                gen("block quote lines", 17_000, n -> repeat(n, i -> "> quoted " + i + "\n")),
                gen("block quotes", n -> repeat(n, i -> split(i, "> quoted " + i + "\n"))),
                gen("ordered list items", 9_500, n -> repeat(n, i -> (i % 9 + 1) + ". item\n")),
                gen("ordered lists", n -> repeat(n, i -> split(i, (i % 9 + 1) + ". item\n"))),
                gen("nested quotes and lists", n -> repeat(n, i -> split(i, "> - > - x\n"))),
                // fact references up to the limit in one paragraph, and many such paragraphs
                gen("fact references", 8_800, n -> repeat(n, i -> FACT)),
                gen(
                        "paragraphs of fact references",
                        n -> repeat(n, i -> i % 500 == 499 ? FACT + "\n\n" : FACT)));
    }

    private static final String FACT = "{{ value('limits.weekly-window') }} ";

    /** {@code item}, and after every 2,000th a paragraph that ends the quote or list. */
    private static String split(int i, String item) {
        return i % 2_000 == 1_999 ? item + "\nA paragraph.\n\n" : item;
    }

    private static Arguments gen(String name, IntFunction<String> body) {
        return gen(name, SMALL, body);
    }

    private static Arguments gen(String name, int small, IntFunction<String> body) {
        return Arguments.of(name, small, body);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("generators")
    void renderingTakesTimeLinearInTheInput(
            String name, int smallBytes, IntFunction<String> body, @TempDir Path temp)
            throws IOException {
        Path source = copy(temp, "small", sized(body, smallBytes));
        Path other = copy(temp, "large", sized(body, 4 * smallBytes));
        Path plain = copy(temp, "plain", sized(PLAIN, smallBytes));
        Path plainLarge = copy(temp, "plain-large", sized(PLAIN, 4 * smallBytes));
        Stage stage = new Stage(source);
        List<Double> measured = new ArrayList<>();
        List<Double> plainRatios = new ArrayList<>();
        List<Double> counted = new ArrayList<>();
        for (int run = -1; run < RUNS || median(counted) > MAX_GROWTH && run < MAX_RUNS; run++) {
            double ratio = stage.growth(source, other);
            double plainRatio = stage.growth(plain, plainLarge);
            if (run >= 0) { // the first run warms up
                measured.add(ratio);
                plainRatios.add(plainRatio);
                counted.add(ratio / discount(plainRatio));
            }
        }
        double growth = median(counted);
        System.out.printf(
                "%s: %.1fx the time for 4x the input, %.1fx counted (plain paragraphs: %.1fx)%n",
                name, median(measured), growth, median(plainRatios));
        assertTrue(
                growth <= MAX_GROWTH,
                String.format(
                        "%s: 4x the input took %.1fx the time beyond what plain paragraphs of the"
                                + " same sizes took (%.1fx), in the median of %d runs",
                        name, growth, median(plainRatios), counted.size()));
    }

    /** A paragraph of one letter: the most blocks a page of ordinary Markdown has for its size. */
    private static final IntFunction<String> PLAIN =
            n -> repeat(n, i -> i % 2 == 0 ? "a\n\n" : "b\n\n");

    /**
     * What the plain page's growth in the same run says the caches added: its excess over four
     * times, but at most {@link #MAX_DISCOUNT}, so that work that grows faster than the input on
     * every page, the plain one too, still fails (a quadratic page counts 16 / 1.5 = 10.7x).
     */
    private static double discount(double plainRatio) {
        return Math.min(MAX_DISCOUNT, Math.max(1.0, plainRatio / 4));
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.MAX_VALUE;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return (sorted.get((n - 1) / 2) + sorted.get(n / 2)) / 2;
    }

    private static Path copy(Path temp, String name, String page) throws IOException {
        Path source = Fixtures.copy(Fixtures.ROOT.resolve("minimal"), temp.resolve(name));
        Files.writeString(source.resolve("content/generated.md"), page);
        return source;
    }

    /** The generator's body repeated until it is about {@code bytes} long. */
    private static String sized(IntFunction<String> body, int bytes) {
        int n = Math.max(1, bytes / Math.max(1, body.apply(1).length()));
        String text = body.apply(n);
        while (text.length() > bytes && n > 1) {
            n = n * 9 / 10;
            text = body.apply(n);
        }
        return "---\ntitle: Generated\n---\n" + text + "\n";
    }

    /**
     * The content stage of a check, run on this thread: the page read, its facts expanded and its
     * Markdown rendered, with the policy loaded once.
     */
    private static final class Stage {
        private final FactExpander expander;
        private final MarkdownRenderer markdown = new MarkdownRenderer();

        Stage(Path source) {
            expander =
                    new FactExpander(
                            new PolicyLoader(new PolicyValidator(Clock.systemUTC()))
                                    .load(source, new Diagnostics())
                                    .orElseThrow());
        }

        /**
         * How many times as long the larger page took as the smaller, timed back to back; a time
         * under the floor counts as the floor.
         */
        double growth(Path small, Path large) {
            long smallNanos = time(small);
            return (double) time(large) / Math.max(smallNanos, FLOOR_NANOS);
        }

        /** Nanoseconds of this thread's CPU time to read and render the generated page. */
        private long time(Path source) {
            long start = CPU.getCurrentThreadCpuTime();
            Diagnostics d = new Diagnostics();
            PageSource page = new ContentReader().readPage(source, "generated.md", d).orElseThrow();
            markdown.render(page, expander.expand(page, d), d);
            return CPU.getCurrentThreadCpuTime() - start;
        }
    }

    private static String repeat(int n, IntFunction<String> item) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append(item.apply(i));
        }
        return out.toString();
    }
}
