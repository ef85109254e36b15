package com.sparkfabrik.handbook.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sparkfabrik.handbook.Fixtures;
import com.sparkfabrik.handbook.OutputInvariant;
import com.sparkfabrik.handbook.SiteManifest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository's own handbook, built in two JVMs that differ in every setting that could leak
 * into the output (time zone, locale, line separator, default charset) from two copies of the
 * sources created in opposite orders, gives byte-identical sites; and no date from the clock
 * appears in them.
 */
class ReproducibilityTest {

    private static final ZoneId FAR_EAST = ZoneId.of("Pacific/Kiritimati");

    @Test
    void twoBuildsUnderDifferentZonesLocalesLineSeparatorsAndListingOrdersAreIdentical(
            @TempDir Path temp) throws Exception {
        Path first = Fixtures.copyHandbook(temp.resolve("first"));
        moveDatesOffToday(first);
        Path second = copyInReverseOrder(first, temp.resolve("second"));

        Path firstOut =
                build(
                        first,
                        temp.resolve("first-site"),
                        temp.resolve("first.log"),
                        List.of(
                                "-Duser.timezone=UTC",
                                "-Duser.language=en",
                                "-Duser.country=US",
                                "-Dfile.encoding=UTF-8"),
                        Map.of("TZ", "UTC", "LANG", "en_US.UTF-8", "LC_ALL", "en_US.UTF-8"));
        Path secondOut =
                build(
                        second,
                        temp.resolve("second-site"),
                        temp.resolve("second.log"),
                        List.of(
                                "-Duser.timezone=" + FAR_EAST,
                                "-Duser.language=tr",
                                "-Duser.country=TR",
                                "-Dline.separator=\r\n",
                                "-Dfile.encoding=ISO-8859-1"),
                        Map.of(
                                "TZ",
                                FAR_EAST.getId(),
                                "LANG",
                                "tr_TR.UTF-8",
                                "LC_ALL",
                                "tr_TR.UTF-8"));

        Map<String, String> manifest = SiteManifest.of(firstOut);
        assertTrue(manifest.size() > 5, manifest::toString);
        assertEquals(
                SiteManifest.format(manifest), SiteManifest.format(SiteManifest.of(secondOut)));
        OutputInvariant.assertSafe(firstOut);
        assertNoDateFromTheClock(firstOut);
    }

    private static Path build(
            Path source,
            Path out,
            Path log,
            List<String> jvmOptions,
            Map<String, String> environment)
            throws Exception {
        Process process = SubprocessBuild.start(source, out, jvmOptions, environment, log);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the build did not end");
        assertEquals(0, process.exitValue(), () -> Fixtures.read(log));
        return out;
    }

    /**
     * The same files, created in the opposite order, so a listing that follows creation order
     * differs.
     */
    private static Path copyInReverseOrder(Path from, Path to) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(from)) {
            files = new ArrayList<>(walk.filter(Files::isRegularFile).sorted().toList());
        }
        Collections.reverse(files);
        for (Path file : files) {
            Path target = to.resolve(from.relativize(file).toString());
            Files.createDirectories(target.getParent());
            Files.copy(file, target);
        }
        return to;
    }

    /** Today, in the zones of both builds and of this machine: one or two dates. */
    private static Set<LocalDate> todays() {
        Set<LocalDate> todays = new TreeSet<>();
        for (ZoneId zone : List.of(ZoneOffset.UTC, FAR_EAST, ZoneId.systemDefault())) {
            todays.add(LocalDate.now(zone));
        }
        return todays;
    }

    /**
     * A policy date that happens to be today is moved a few days on, so today's date in the output
     * can only come from the clock.
     */
    private static void moveDatesOffToday(Path source) throws IOException {
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file);
                String moved = text;
                for (LocalDate today : todays()) {
                    moved = moved.replace(today.toString(), today.plusDays(3).toString());
                }
                if (!moved.equals(text)) {
                    Files.writeString(file, moved);
                }
            }
        }
    }

    /** Today's date, in the forms a build could print it, is nowhere in the output. */
    private static void assertNoDateFromTheClock(Path site) throws IOException {
        Set<String> forms = new TreeSet<>();
        for (LocalDate today : todays()) {
            for (String pattern :
                    List.of(
                            "yyyy-MM-dd",
                            "yyyy/MM/dd",
                            "dd/MM/yyyy",
                            "MM/dd/yyyy",
                            "dd.MM.yyyy",
                            "yyyyMMdd",
                            "MMMM d, yyyy",
                            "d MMMM yyyy",
                            "MMM d, yyyy")) {
                forms.add(today.format(DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH)));
            }
        }
        String output = readAll(site);
        for (String form : forms) {
            assertFalse(output.contains(form), "today's date '" + form + "' is in the output");
        }
    }

    private static String readAll(Path root) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                all.append(new String(Files.readAllBytes(file), StandardCharsets.UTF_8))
                        .append('\n');
            }
        }
        return all.toString();
    }
}
