package com.sparkfabrik.handbook.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sparkfabrik.handbook.Fixtures;
import com.sparkfabrik.handbook.pipeline.BuildRequest;
import com.sparkfabrik.handbook.pipeline.Pipeline;
import com.sun.management.ThreadMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory grows with the policy, not faster. A policy.yaml just under the size limit, 8,500 facts on
 * one page, builds in a JVM given 256 MB of heap; and four times the facts allocate at most five
 * times the bytes. The keys of an area's facts were once joined by copying the area's text once per
 * fact: 3 GB of heap for this policy with the default heap size.
 */
class LargePolicyTest {

    private static final int FACTS = 8_500;

    @Test
    void policyAtTheSizeLimitBuildsInASmallHeap(@TempDir Path temp) throws Exception {
        Path source = withFacts(temp.resolve("src"), FACTS);
        assertTrue(Files.size(source.resolve("policy.yaml")) > 900_000, "about a megabyte");
        Path log = temp.resolve("build.log");
        Process build =
                SubprocessBuild.start(
                        source, temp.resolve("site"), List.of("-Xmx256m"), Map.of(), log);
        assertTrue(build.waitFor(10, TimeUnit.MINUTES), "the build finished");
        assertEquals(0, build.exitValue(), Files.readString(log));
        assertTrue(Files.readString(temp.resolve("site/policy.json")).contains("\"f.r8499\""));
    }

    /** Bytes allocated, not time: the same measure on an idle and on a busy machine. */
    @Test
    void checkingAllocatesInProportionToThePolicy(@TempDir Path temp) throws IOException {
        Path small = withFacts(temp.resolve("small"), FACTS / 4);
        Path large = withFacts(temp.resolve("large"), FACTS);
        allocatedByCheck(small); // warm up
        long smallBytes = allocatedByCheck(small);
        long largeBytes = allocatedByCheck(large);
        double growth = (double) largeBytes / smallBytes;
        assertTrue(
                growth <= 5.0,
                String.format(
                        "4x the facts allocated %.1fx the bytes (%d MB -> %d MB)",
                        growth, smallBytes >> 20, largeBytes >> 20));
    }

    /** Bytes allocated by all threads during one check: pages render on several threads. */
    private static long allocatedByCheck(Path source) throws IOException {
        long before = allocated();
        new Pipeline(BuildRequest.check(source, Clock.systemUTC())).run(Set.of());
        return allocated() - before;
    }

    private static long allocated() {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        return LongStream.of(threads.getThreadAllocatedBytes(threads.getAllThreadIds()))
                .filter(bytes -> bytes > 0)
                .sum();
    }

    /** The minimal site with {@code facts} more facts, all on its home page. */
    private static Path withFacts(Path target, int facts) throws IOException {
        Path source = Fixtures.copy(Fixtures.ROOT.resolve("minimal"), target);
        StringBuilder policy = new StringBuilder(Files.readString(source.resolve("policy.yaml")));
        for (int i = 0; i < facts; i++) {
            policy.append(
                    """
                      f.r%d:
                        level: must
                        type: text
                        value: v%d
                        statement: R {value}.
                        page: index
                        anchor: limits
                    """
                            .formatted(i, i));
        }
        Files.writeString(source.resolve("policy.yaml"), policy);
        return source;
    }
}
