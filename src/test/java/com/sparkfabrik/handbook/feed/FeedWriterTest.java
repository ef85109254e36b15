package com.sparkfabrik.handbook.feed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedWriterTest {

    @Test
    void bytesAreUtf8WithLfLineEndsAndATrailingNewline() {
        byte[] bytes = new FeedWriter().write(FeedFixtures.feed());
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertFalse(text.contains("\r"));
        assertTrue(text.endsWith("}\n") && !text.endsWith("\n\n"));
        assertTrue(
                text.contains("\"summary\": \"How we use Claude Code at work — limits"),
                "non-ASCII is written as UTF-8");
        assertTrue(text.contains("\"contacts\": [],"), "empty arrays are written []");
        assertTrue(text.startsWith("{\n  \"$schema\": "), text.substring(0, 40));
    }

    @Test
    void theSameFeedGivesTheSameBytes() {
        assertArrayEquals(
                new FeedWriter().write(FeedFixtures.feed()),
                new FeedWriter().write(FeedFixtures.feed()));
    }

    /**
     * Builds the feed in a second JVM whose line separator, locale (Turkish: dotless i), time zone
     * and default charset all differ from this one, and compares the bytes.
     */
    @Test
    void anotherLineSeparatorLocaleTimeZoneAndCharsetGiveTheSameBytesAndRevision(@TempDir Path dir)
            throws Exception {
        Path policy = dir.resolve("policy.yaml");
        Path out = dir.resolve("policy.json");
        Files.writeString(policy, FeedFixtures.policyText(), StandardCharsets.UTF_8);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder command =
                new ProcessBuilder(
                                List.of(
                                        java,
                                        "-Dline.separator=\r\n",
                                        "-Duser.language=tr",
                                        "-Duser.country=TR",
                                        "-Duser.timezone=Pacific/Kiritimati",
                                        "-Dfile.encoding=ISO-8859-1",
                                        "-cp",
                                        System.getProperty("java.class.path"),
                                        WriteFeed.class.getName(),
                                        policy.toString(),
                                        out.toString()))
                        .redirectErrorStream(true);
        command.environment().put("TZ", "Asia/Kathmandu");
        command.environment().put("LC_ALL", "tr_TR.ISO-8859-9");
        Process process = command.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the second JVM did not finish");
        assertEquals(0, process.exitValue(), output);
        assertTrue(
                output.contains("line.separator=[13, 10] locale=tr_TR"),
                "the second JVM really differs: " + output);

        byte[] here = new FeedWriter().write(FeedFixtures.feed());
        assertEquals(
                new String(here, StandardCharsets.UTF_8),
                new String(Files.readAllBytes(out), StandardCharsets.UTF_8));
        assertArrayEquals(here, Files.readAllBytes(out));
    }

    /** The second JVM's entry point: builds the feed of a policy file and writes it. */
    static final class WriteFeed {
        public static void main(String[] args) throws IOException {
            System.out.println(
                    "line.separator="
                            + Arrays.toString(
                                    System.lineSeparator().getBytes(StandardCharsets.US_ASCII))
                            + " locale="
                            + Locale.getDefault()
                            + " zone="
                            + TimeZone.getDefault().getID());
            String yaml = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
            Files.write(
                    Path.of(args[1]),
                    new FeedWriter().write(FeedFixtures.feed(FeedFixtures.policy(yaml))));
        }
    }
}
