package com.sparkfabrik.handbook.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sparkfabrik.handbook.Fixtures;
import com.sparkfabrik.handbook.OutputInvariant;
import com.sparkfabrik.handbook.Runs;
import com.sparkfabrik.handbook.SiteManifest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.params.provider.Arguments;

/**
 * How a hostile input is run and what every one must give: through the real command line, {@code
 * check} and {@code build}, refused with located diagnostics (or, where it is legitimate, built),
 * with no stack trace, and a failed build leaves the previous site byte for byte as it was.
 */
final class HostileRuns {

    private HostileRuns() {}

    /** Writes a hostile input into a copy of the minimal site. */
    interface Input {
        void writeInto(Path site) throws IOException;
    }

    /**
     * Runs the input with {@link #runHostile} and checks that the first diagnostic starts with
     * {@code firstLine}.
     */
    static void assertHandled(String name, Input input, int exitCode, String firstLine, Path temp) {
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

    static Arguments refused(String name, Input input, String firstLine) {
        return Arguments.of(name, input, 1, firstLine);
    }

    static Arguments built(String name, Input input) {
        return Arguments.of(name, input, 0, "");
    }

    static String abbreviate(String s) {
        return s.length() <= 2000
                ? s
                : s.substring(0, 2000) + "\n... (" + s.length() + " characters)";
    }
}
