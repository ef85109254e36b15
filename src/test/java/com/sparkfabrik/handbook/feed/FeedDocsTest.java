package com.sparkfabrik.handbook.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sparkfabrik.handbook.diag.Diagnostics;
import com.sparkfabrik.handbook.policy.Policy;
import com.sparkfabrik.handbook.policy.PolicyLoader;
import com.sparkfabrik.handbook.policy.PolicyValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every example of {@code README.md} (an {@code sh} block followed by a {@code text} block
 * with its output) against the feed of the repository's own policy.yaml, written to {@code
 * site/policy.json} in a scratch folder. Needs {@code jq}; skipped, with a message, where it is not
 * installed.
 */
class FeedDocsTest {

    private static final Path DOC = Path.of("README.md");
    private static final Pattern EXAMPLE =
            Pattern.compile(
                    "```sh\\n((?:(?!```).)*?)\\n```\\s*\\n```text\\n((?:(?!```).)*?)```",
                    Pattern.DOTALL);

    record Example(String command, String output) {}

    static List<Example> examples() throws IOException {
        List<Example> examples = new ArrayList<>();
        Matcher m = EXAMPLE.matcher(Files.readString(DOC, StandardCharsets.UTF_8));
        while (m.find()) {
            examples.add(new Example(m.group(1), m.group(2)));
        }
        return examples;
    }

    private static boolean jqInstalled() {
        try {
            Process p = new ProcessBuilder("jq", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    @Test
    void theDocumentHasTheContactAndHarnessExamples() throws IOException {
        List<Example> examples = examples();
        assertEquals(7, examples.size(), "examples found in " + DOC + ": " + examples);
        assertTrue(
                examples.stream()
                        .anyMatch(e -> e.command().contains("\"limits.allowance-exhausted\"")));
        assertTrue(
                examples.stream()
                        .anyMatch(e -> e.command().contains(".harnesses[] | select(.status")));
        assertTrue(examples.stream().anyMatch(e -> e.command().contains(".duration.seconds")));
        assertTrue(examples.stream().anyMatch(e -> e.command().contains(".schema_version")));
    }

    @Test
    void everyExampleInTheDocumentPrintsWhatTheDocumentSays(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(
                jqInstalled(),
                "jq is not installed (apt-get install -y jq): the examples of README.md were NOT run");
        Files.createDirectories(dir.resolve("site"));
        Policy policy =
                new PolicyLoader(new PolicyValidator(Clock.systemUTC()))
                        .load(Path.of("."), new Diagnostics())
                        .orElseThrow();
        Files.write(
                dir.resolve("site/policy.json"),
                new FeedWriter().write(new FeedBuilder("").build(policy)));
        for (Example example : examples()) {
            Process process =
                    new ProcessBuilder("sh", "-c", example.command())
                            .directory(dir.toFile())
                            .start();
            String out =
                    new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err =
                    new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "timed out: " + example.command());
            assertEquals(0, process.exitValue(), example.command() + "\n" + err);
            assertEquals(example.output(), out, example.command());
        }
    }
}
