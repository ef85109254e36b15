package com.sparkfabrik.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The workflows do what the README says: pull requests are checked with SARIF for code scanning and
 * the fact-level diff as the job summary; main is built with its whole history and deployed to
 * Pages; the generator's tests run only when the generator changes; every command a job runs is one
 * the README documents.
 */
class WorkflowTest {

    private static final Path WORKFLOWS = Path.of(".github/workflows");

    /** A command up to a redirection or the end of its line; quoted arguments are the run's own. */
    private static final Pattern COMMAND =
            Pattern.compile(
                    "(mvn [^|>&;\\n]*?|java -jar target/handbook\\.jar [a-z]+[^|>&;\\n]*?)"
                            + "\\s*(2?>|$)",
                    Pattern.MULTILINE);

    private static JsonNode read(String name) throws IOException {
        return new YAMLMapper().readTree(WORKFLOWS.resolve(name).toFile());
    }

    private static List<JsonNode> steps(JsonNode job) {
        List<JsonNode> steps = new ArrayList<>();
        job.get("steps").forEach(steps::add);
        return steps;
    }

    private static JsonNode step(JsonNode job, String field, String prefix) {
        return steps(job).stream()
                .filter(s -> s.path(field).asText().startsWith(prefix))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no step with " + field + " " + prefix));
    }

    @Test
    void aPullRequestIsCheckedWithSarifForCodeScanningAndTheDiffAsSummary() throws IOException {
        JsonNode workflow = read("handbook.yml");
        assertTrue(workflow.path("on").has("pull_request"), workflow.toString());
        JsonNode check = workflow.at("/jobs/check");
        assertEquals("github.event_name == 'pull_request'", check.path("if").asText());
        assertEquals("write", check.at("/permissions/security-events").asText());
        String sarif =
                step(check, "run", "java -jar target/handbook.jar check").get("run").asText();
        assertEquals("java -jar target/handbook.jar check --format sarif 2> handbook.sarif", sarif);
        JsonNode upload = step(check, "uses", "github/codeql-action/upload-sarif@");
        assertEquals("handbook.sarif", upload.at("/with/sarif_file").asText());
        assertEquals("always()", upload.path("if").asText());
        String diff = step(check, "run", "java -jar target/handbook.jar diff").get("run").asText();
        assertTrue(diff.contains("--format markdown"), diff);
        assertTrue(diff.endsWith(">> \"$GITHUB_STEP_SUMMARY\""), diff);
        assertEquals(0, step(check, "uses", "actions/checkout@").at("/with/fetch-depth").asInt(-1));
    }

    @Test
    void mainIsBuiltWithItsWholeHistoryAndDeployedToPages() throws IOException {
        JsonNode workflow = read("handbook.yml");
        assertEquals("main", workflow.at("/on/push/branches/0").asText());
        JsonNode site = workflow.at("/jobs/site");
        assertTrue(site.path("if").asText().contains("github.ref == 'refs/heads/main'"));
        assertEquals(0, step(site, "uses", "actions/checkout@").at("/with/fetch-depth").asInt(-1));
        step(site, "run", "mvn -B -ntp site");
        assertEquals(
                "site",
                step(site, "uses", "actions/upload-pages-artifact@").at("/with/path").asText());
        JsonNode deploy = workflow.at("/jobs/deploy");
        assertEquals("site", deploy.path("needs").asText());
        assertEquals("write", deploy.at("/permissions/pages").asText());
        assertEquals("write", deploy.at("/permissions/id-token").asText());
        assertEquals("github-pages", deploy.at("/environment/name").asText());
        step(deploy, "uses", "actions/deploy-pages@");
    }

    @Test
    void theGeneratorsTestsRunOnlyWhenTheGeneratorChanges() throws IOException {
        JsonNode workflow = read("generator.yml");
        List<String> expected =
                List.of("src/**", "pom.xml", "bin/**", ".mvn/**", ".github/workflows/**");
        for (String event : List.of("pull_request", "push")) {
            List<String> paths = new ArrayList<>();
            workflow.at("/on/" + event + "/paths").forEach(p -> paths.add(p.asText()));
            assertEquals(expected, paths, event);
        }
        step(workflow.at("/jobs/verify"), "run", "mvn -B -ntp verify");
        JsonNode handbook = read("handbook.yml");
        assertTrue(handbook.at("/on/pull_request/paths").isMissingNode(), "check runs on every PR");
    }

    @Test
    void everyCommandAJobRunsIsDocumentedInTheReadme() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        List<String> commands = new ArrayList<>();
        for (String name : List.of("handbook.yml", "generator.yml")) {
            read(name)
                    .get("jobs")
                    .forEach(
                            job ->
                                    steps(job)
                                            .forEach(
                                                    s -> {
                                                        Matcher m =
                                                                COMMAND.matcher(
                                                                        s.path("run").asText());
                                                        while (m.find()) {
                                                            commands.add(m.group(1).strip());
                                                        }
                                                    }));
        }
        assertTrue(commands.size() >= 5, commands.toString());
        for (String command : commands) {
            String documented = command.replaceAll(" \"[^\"]*\"", "");
            assertTrue(
                    readme.contains("`" + documented + "`"),
                    "the README does not document `" + documented + "`");
        }
    }
}
