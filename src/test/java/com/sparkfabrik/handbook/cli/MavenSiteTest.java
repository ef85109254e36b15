package com.sparkfabrik.handbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sparkfabrik.handbook.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mvn site}'s entry point, in a JVM of its own as Maven's would be: a failed build ends the
 * JVM with exit code 1 after its diagnostics and adds nothing (`mvn site` on this repository, in
 * .ci/run, is the clean case).
 */
class MavenSiteTest {

    private record Outcome(int exitCode, String out, String err) {}

    private static Outcome run(Path temp, String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command =
                new ArrayList<>(
                        List.of(
                                java,
                                "-cp",
                                System.getProperty("java.class.path"),
                                MavenSite.class.getName()));
        command.addAll(List.of(args));
        Path out = temp.resolve("out.txt");
        Path err = temp.resolve("err.txt");
        Process process =
                new ProcessBuilder(command)
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile())
                        .start();
        int code = process.waitFor();
        return new Outcome(
                code,
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theCompiledClassesRunWithTheLaunchersOptionsOfShortRunsThenThePoms() throws Exception {
        List<String> command = MavenSite.compiledClasses(List.of("-XX:MaxHeapFreeRatio=50"));
        List<String> shortRun =
                MavenSite.shortRunOptions(Runtime.getRuntime().availableProcessors());
        assertEquals(shortRun, command.subList(1, 1 + shortRun.size()));
        assertTrue(shortRun.contains("-XX:TieredStopAtLevel=1"), shortRun.toString());
        // given after them, the pom's option wins over the file's
        assertTrue(
                command.indexOf("-XX:MaxHeapFreeRatio=50")
                        > command.indexOf("-XX:MaxHeapFreeRatio=40"),
                command.toString());
        assertEquals(Main.class.getName(), command.get(command.size() - 1));
    }

    @Test
    void aFailedBuildEndsWithItsDiagnosticsAndExitCodeOne(@TempDir Path temp) throws Exception {
        Path site = Path.of(ExitCodeTest.brokenSite(temp));
        Outcome outcome = run(temp, "-XX:+UseSerialGC", "--", "build", "--source", site.toString());
        assertEquals(1, outcome.exitCode(), outcome.err());
        String diagnostics = Fixtures.run("build", "--source", site.toString()).err();
        assertTrue(
                diagnostics.startsWith(
                        "content/index.md:11:27: error: unknown fact 'limits.weekly-windw'"),
                diagnostics);
        assertEquals(diagnostics, outcome.err().replace(System.lineSeparator(), "\n"));
        assertEquals("", outcome.out());
    }
}
