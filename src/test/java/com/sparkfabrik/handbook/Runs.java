package com.sparkfabrik.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
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

    /** Far above what any input needs: a guard against hangs, not a benchmark. */
    public static final Duration LIMIT = Duration.ofSeconds(5);

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

    /** Any command line, within {@link #LIMIT} and without a stack trace. */
    public static Fixtures.Run bounded(String... args) {
        Fixtures.Run run =
                assertTimeoutPreemptively(
                        LIMIT,
                        () -> Fixtures.run(args),
                        () -> String.join(" ", args) + " took too long");
        assertNoStackTrace(run);
        return run;
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
