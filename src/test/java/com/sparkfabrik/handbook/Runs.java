package com.sparkfabrik.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Command lines run in-process under the guards every hostile input must respect: a bounded time,
 * no stack trace and no internal error, and no staging or old output left beside the site.
 */
public final class Runs {

    /**
     * The CPU time a command may use, far above what any input needs: a guard against runaway work,
     * not a benchmark. CPU time of the whole JVM, not wall time, so a loaded machine does not fail
     * the guard: the five seconds of wall time it replaces, on both cores.
     */
    public static final Duration LIMIT = Duration.ofSeconds(10);

    /** Wall time after which a command counts as hung whatever the machine's load. */
    private static final Duration HUNG = Duration.ofSeconds(120);

    private static final Pattern TRACE =
            Pattern.compile("Exception|Error\\b|\\bat (com|java|jdk|io|org)\\.|internal error:");

    private Runs() {}

    /** {@code check}, which must end with 0 or 1. */
    public static Fixtures.Run check(Path source) {
        return inputVerdict(bounded("check", "--source", source.toString()));
    }

    /** {@code build}, which must end with 0 or 1. */
    public static Fixtures.Run build(Path source, Path out) {
        return inputVerdict(
                bounded("build", "--source", source.toString(), "--out", out.toString()));
    }

    /** Any command line, within {@link #LIMIT} of CPU time and without a stack trace. */
    public static Fixtures.Run bounded(String... args) {
        long cpuBefore = processCpuNanos();
        Fixtures.Run run =
                assertTimeoutPreemptively(
                        HUNG, () -> Fixtures.run(args), () -> String.join(" ", args) + " hung");
        Duration cpu = Duration.ofNanos(processCpuNanos() - cpuBefore);
        assertTrue(
                cpu.compareTo(LIMIT) <= 0,
                () -> String.join(" ", args) + " used " + cpu.toMillis() + " ms of CPU time");
        assertNoStackTrace(run);
        return run;
    }

    /** CPU time of every thread of this JVM (the command may render on several). */
    private static long processCpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static Fixtures.Run inputVerdict(Fixtures.Run run) {
        assertTrue(
                run.exitCode() == 0 || run.exitCode() == 1,
                () -> "exit code " + run.exitCode() + ":\n" + run.err());
        return run;
    }

    /** A build that must succeed, with a site that satisfies the output invariant. */
    public static void buildGood(Path source, Path out) {
        Fixtures.Run run = build(source, out);
        assertEquals(0, run.exitCode(), () -> "the good build failed:\n" + run.err());
        OutputInvariant.assertSafe(out);
    }

    public static void assertNoStackTrace(Fixtures.Run run) {
        assertFalse(
                TRACE.matcher(run.err()).find(),
                () -> "a stack trace or internal error in stderr:\n" + run.err());
        assertFalse(
                TRACE.matcher(run.out()).find(),
                () -> "a stack trace or internal error in stdout:\n" + run.out());
    }

    /** No {@code out.staging-*} or {@code out.old-*} folder beside {@code out}. */
    public static void assertNoLeftovers(Path out) {
        Path parent = out.toAbsolutePath().getParent();
        String name = out.getFileName().toString();
        try (Stream<Path> siblings = Files.list(parent)) {
            List<String> leftovers =
                    siblings.map(p -> p.getFileName().toString())
                            .filter(
                                    n ->
                                            n.startsWith(name + ".staging-")
                                                    || n.startsWith(name + ".old-"))
                            .sorted()
                            .toList();
            assertEquals(List.of(), leftovers, "leftovers beside " + out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
