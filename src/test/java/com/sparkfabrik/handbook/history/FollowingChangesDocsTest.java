package com.sparkfabrik.handbook.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sparkfabrik.handbook.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the {@code console} examples of README.md's "Following changes" in a git repository made
 * from this repository's handbook: a first commit, then one (dated 2026-03-02) that changes the
 * weekly window from 7d to 14d, then the settings propagation time changed from 1h to 2h in the
 * working tree. {@code $ handbook ...} runs in-process; {@code $ jq ...} in the built site's
 * folder.
 */
class FollowingChangesDocsTest {

    private static final Pattern CONSOLE =
            Pattern.compile("```console\\n\\$ ([^\\n]*)\\n((?:(?!```).)*?)```", Pattern.DOTALL);

    record Example(String command, String output) {}

    static List<Example> examples() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("### Following changes");
        assertTrue(start > 0, "README.md has no Following changes section");
        int end = readme.indexOf("\n## ", start);
        Matcher m = CONSOLE.matcher(readme.substring(start, end < 0 ? readme.length() : end));
        List<Example> examples = new ArrayList<>();
        while (m.find()) {
            examples.add(new Example(m.group(1), m.group(2)));
        }
        return examples;
    }

    @Test
    void theSectionShowsTheChangeDateAndADiff() throws Exception {
        List<Example> examples = examples();
        assertEquals(2, examples.size(), examples.toString());
        assertTrue(examples.get(0).command().contains("last_changed"));
        assertTrue(examples.get(1).command().startsWith("handbook diff"));
    }

    @Test
    void everyExampleOfTheSectionPrintsWhatItSays(@TempDir Path temp) throws Exception {
        Path root = Fixtures.copyHandbook(temp.resolve("handbook"));
        try (GitRepo repo = GitRepo.of(root)) {
            repo.commit("value: \"7d\"", "value: \"14d\"", "policy: a longer weekly window");
            repo.edit("    value: \"1h\"\n", "    value: \"2h\"\n");
            Path out = temp.resolve("out");
            Fixtures.Run build =
                    Fixtures.run(
                            "build",
                            "--source",
                            root.toString(),
                            "--out",
                            out.resolve("site").toString());
            assertEquals(0, build.exitCode(), build.err());
            for (Example example : examples()) {
                String command = example.command();
                if (command.startsWith("handbook ")) {
                    List<String> args = new ArrayList<>(List.of(command.substring(9).split(" ")));
                    args.addAll(List.of("--source", root.toString()));
                    Fixtures.Run run = Fixtures.run(args.toArray(String[]::new));
                    assertEquals(0, run.exitCode(), run.err());
                    assertEquals(example.output(), run.out(), command);
                } else {
                    Assumptions.assumeTrue(
                            jq(), "jq is not installed: the README's jq example was NOT run");
                    Process process =
                            new ProcessBuilder("sh", "-c", command).directory(out.toFile()).start();
                    String printed =
                            new String(
                                    process.getInputStream().readAllBytes(),
                                    StandardCharsets.UTF_8);
                    assertTrue(process.waitFor(30, TimeUnit.SECONDS), command);
                    assertEquals(example.output(), printed, command);
                }
            }
        }
    }

    private static boolean jq() {
        try {
            Process p = new ProcessBuilder("jq", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
