package com.sparkfabrik.handbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.sparkfabrik.handbook.Fixtures;
import com.sparkfabrik.handbook.history.GitRepo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The feed's {@code $schema} and every published schema's {@code $id} say where the file really is:
 * under the site's base URL when it has one, relative otherwise; no made-up host reaches any file
 * of the site. A consumer validates the feed with the schema published beside it, offline.
 */
class SchemaIdentityTest {

    private static final String BASE = "https://sparkfabrik.github.io/policy-handbook/";

    /** A host under the reserved {@code .example} top-level domain (RFC 2606). */
    private static final Pattern EXAMPLE_HOST =
            Pattern.compile("[A-Za-z0-9-]\\.example(?![A-Za-z0-9.-])");

    /** Site path of each published schema, and its {@code $id} in the jar (its file name). */
    private static final Map<String, String> SCHEMAS =
            Map.of(
                    "schema/policy-feed/v1.json", "v1.json",
                    "schema/policy.schema.json", "policy.schema.json",
                    "schema/handbook.schema.json", "handbook.schema.json",
                    "schema/front-matter.schema.json", "front-matter.schema.json");

    private static Path site(Path temp, String... flags) throws Exception {
        Path source = Fixtures.copyHandbook(temp.resolve("repo"));
        Files.copy(Path.of("handbook.yaml"), source.resolve("handbook.yaml"));
        try (GitRepo repo = GitRepo.of(source)) {
            repo.commit(
                    "value: \"1h\"", "value: \"2h\"", "policy: settings arrive within two hours");
        }
        List<String> args = new ArrayList<>(List.of("build", "--source", source.toString()));
        args.addAll(List.of(flags));
        Fixtures.Run run = Fixtures.run(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        return source.resolve("site");
    }

    private static JsonNode json(Path file) throws IOException {
        return new ObjectMapper().readTree(file.toFile());
    }

    private static void noExampleHostIn(Path site) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(site)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        assertTrue(files.size() > 20, files::toString);
        for (Path file : files) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            var host = EXAMPLE_HOST.matcher(text);
            assertTrue(
                    !host.find(),
                    () -> site.relativize(file) + " names a made-up host: " + host.group());
        }
    }

    /** The feed validates against the schema published beside it, read from disk, no network. */
    private static void feedValidatesAgainstItsPublishedSchema(Path site) throws IOException {
        var schema =
                JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                        .getSchema(
                                SchemaLocation.of(
                                        site.resolve("schema/policy-feed/v1.json")
                                                .toUri()
                                                .toString()));
        assertEquals(Set.of(), schema.validate(json(site.resolve("policy.json"))));
    }

    @Test
    void withABaseUrlEachIdIsTheUrlTheFileIsPublishedAt(@TempDir Path temp) throws Exception {
        Path site = site(temp);
        assertTrue(Files.exists(site.resolve("changes.xml")), "the Atom feed is checked too");
        assertEquals(
                BASE + "schema/policy-feed/v1.json",
                json(site.resolve("policy.json")).get("$schema").asText());
        for (String path : SCHEMAS.keySet()) {
            assertEquals(BASE + path, json(site.resolve(path)).get("$id").asText(), path);
        }
        noExampleHostIn(site);
        feedValidatesAgainstItsPublishedSchema(site);
    }

    @Test
    void withoutABaseUrlEachIdIsRelative(@TempDir Path temp) throws Exception {
        Path site = site(temp, "--base-url", "");
        assertEquals(
                "schema/policy-feed/v1.json",
                json(site.resolve("policy.json")).get("$schema").asText());
        for (Map.Entry<String, String> schema : SCHEMAS.entrySet()) {
            assertEquals(
                    schema.getValue(),
                    json(site.resolve(schema.getKey())).get("$id").asText(),
                    schema.getKey());
        }
        noExampleHostIn(site);
        feedValidatesAgainstItsPublishedSchema(site);
    }
}
