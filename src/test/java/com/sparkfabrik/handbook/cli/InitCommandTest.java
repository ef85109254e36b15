package com.sparkfabrik.handbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.sparkfabrik.handbook.Fixtures;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code init DIR} makes a handbook that checks and builds clean at once, through the same command
 * line (in-process). A full {@code mvn site} of the new project needs the generator installed in
 * the local Maven repository; the README shows how to run it by hand.
 */
class InitCommandTest {

    private static final Clock CLOCK =
            Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC);

    private static Fixtures.Run init(Path dir) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code =
                Main.run(
                        new String[] {"init", dir.toString()},
                        new PrintWriter(out),
                        new PrintWriter(err),
                        Map.of(),
                        CLOCK);
        return new Fixtures.Run(code, out.toString(), err.toString());
    }

    @Test
    void aNewHandbookChecksAndBuildsCleanInAGitRepository(@TempDir Path temp) throws Exception {
        Path dir = temp.resolve("Team Policy");
        Fixtures.Run created = init(dir);
        assertEquals(0, created.exitCode(), created.err());
        for (String file :
                List.of(
                        "pom.xml",
                        "handbook.yaml",
                        "policy.yaml",
                        "content/index.md",
                        ".github/workflows/handbook.yml",
                        ".gitignore",
                        "README.md")) {
            assertTrue(Files.isRegularFile(dir.resolve(file)), file);
        }
        try (Git git = Git.init().setDirectory(dir.toFile()).call()) {
            git.add().addFilepattern(".").call();
            git.commit()
                    .setMessage("handbook: first version")
                    .setAuthor("Owners", "owners@example.org")
                    .setCommitter("Owners", "owners@example.org")
                    .setSign(false)
                    .call();
        }
        Fixtures.Run check = Fixtures.run("check", "--source", dir.toString());
        assertEquals(0, check.exitCode(), check.err());
        assertEquals("0 errors, 0 warnings\n", check.err());
        Fixtures.Run build = Fixtures.run("build", "--source", dir.toString());
        assertEquals(0, build.exitCode(), build.err());
        assertTrue(Files.isRegularFile(dir.resolve("site/index.html")));
        String index = Files.readString(dir.resolve("site/index.html"));
        assertTrue(index.contains("<title>Team policy</title>"), index);
        assertTrue(index.contains("class=\"admonition admonition-tip\""), index);
    }

    @Test
    void thePomRunsThisVersionOfTheGenerator(@TempDir Path temp) throws IOException {
        Path dir = temp.resolve("team-policy");
        assertEquals(0, init(dir).exitCode());
        String pom = Files.readString(dir.resolve("pom.xml"));
        assertTrue(
                pom.contains(
                        "<handbook.version>" + VersionProvider.version() + "</handbook.version>"),
                pom);
        assertTrue(pom.contains("<artifactId>team-policy</artifactId>"), pom);
        assertTrue(pom.contains("<mainClass>" + MavenSite.class.getName() + "</mainClass>"), pom);
        assertTrue(pom.contains("<phase>site</phase>") && pom.contains("<phase>verify</phase>"));
    }

    @Test
    void theWorkflowRunsTheCommandsTheReadmeNames(@TempDir Path temp) throws IOException {
        Path dir = temp.resolve("team-policy");
        assertEquals(0, init(dir).exitCode());
        String readme = Files.readString(dir.resolve("README.md"));
        JsonNode workflow =
                new YAMLMapper().readTree(dir.resolve(".github/workflows/handbook.yml").toFile());
        List<String> goals = new ArrayList<>();
        Pattern maven = Pattern.compile("^mvn ((?:-\\S+ )*)(\\w+)");
        workflow.get("jobs")
                .forEach(
                        job ->
                                job.path("steps")
                                        .forEach(
                                                step -> {
                                                    Matcher m =
                                                            maven.matcher(
                                                                    step.path("run").asText());
                                                    if (m.find()) {
                                                        goals.add(m.group(2));
                                                    }
                                                }));
        assertEquals(List.of("verify", "site"), goals);
        for (String goal : goals) {
            assertTrue(readme.contains("mvn " + goal + " "), "README lacks mvn " + goal);
        }
        assertEquals("actions/deploy-pages@v4", workflow.at("/jobs/deploy/steps/0/uses").asText());
        assertEquals("site", workflow.at("/jobs/site/steps/3/with/path").asText());
    }

    @Test
    void aFolderWithFilesIsRefused(@TempDir Path temp) throws IOException {
        Files.writeString(temp.resolve("keep.txt"), "mine");
        Fixtures.Run run = init(temp);
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertEquals(
                "error: "
                        + temp
                        + " exists and is not an empty folder\n"
                        + "Run 'handbook init --help' for the options.\n",
                run.err());
        assertEquals(List.of(temp.resolve("keep.txt")), Files.list(temp).toList());
    }
}
