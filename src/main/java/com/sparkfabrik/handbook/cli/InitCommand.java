package com.sparkfabrik.handbook.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code init DIR}: a new handbook another team can build at once: a pom.xml that runs this
 * generator, handbook.yaml, a small policy.yaml, content/index.md, the GitHub workflow and a README
 * with the two commands. It checks clean as written; the dates start today.
 */
@Command(
        name = "init",
        mixinStandardHelpOptions = true,
        description = "Create a new handbook in DIR (a new or empty folder).")
final class InitCommand implements Callable<Integer> {

    /** Where each file of the new handbook comes from, under init/ in the jar. */
    private static final Map<String, String> FILES = files();

    private final Clock clock;

    @Parameters(paramLabel = "DIR", description = "the folder of the new handbook")
    Path dir;

    @Spec CommandSpec spec;

    InitCommand(Clock clock) {
        this.clock = clock;
    }

    private static Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("pom.xml", "pom.xml");
        files.put("handbook.yaml", "handbook.yaml");
        files.put("policy.yaml", "policy.yaml");
        files.put("content/index.md", "content/index.md");
        files.put(".github/workflows/handbook.yml", "workflows/handbook.yml");
        files.put(".gitignore", "gitignore");
        files.put("README.md", "README.md");
        return files;
    }

    @Override
    public Integer call() throws IOException {
        if (Files.exists(dir) && !isEmptyFolder(dir)) {
            throw new ParameterException(
                    spec.commandLine(), dir + " exists and is not an empty folder");
        }
        String name = dir.toAbsolutePath().normalize().getFileName().toString();
        String artifact = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        artifact = artifact.replaceAll("^-+|-+$", "");
        if (artifact.isEmpty()) {
            artifact = "handbook";
        }
        LocalDate today = LocalDate.now(clock);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("@@GROUP@@", "com.example.handbook");
        values.put("@@ARTIFACT@@", artifact);
        values.put("@@TITLE@@", title(artifact));
        values.put("@@VERSION@@", VersionProvider.version());
        values.put("@@SINCE@@", today.toString());
        values.put("@@REVIEW@@", today.plusYears(1).toString());
        for (Map.Entry<String, String> file : FILES.entrySet()) {
            String text = template(file.getValue());
            for (Map.Entry<String, String> value : values.entrySet()) {
                text = text.replace(value.getKey(), value.getValue());
            }
            Path target = dir.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, text, StandardCharsets.UTF_8);
        }
        spec.commandLine()
                .getOut()
                .println(
                        "created "
                                + dir
                                + ": run 'mvn site' there to build it (after 'mvn install' of"
                                + " policy-handbook "
                                + VersionProvider.version()
                                + ")");
        return ExitCode.OK;
    }

    private static boolean isEmptyFolder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    /** {@code team-policy} reads "Team policy". */
    static String title(String artifact) {
        String words = artifact.replace('-', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    private static String template(String path) {
        try (InputStream in =
                InitCommand.class.getClassLoader().getResourceAsStream("init/" + path)) {
            if (in == null) {
                throw new IllegalStateException("missing built-in resource init/" + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
