package com.sparkfabrik.handbook;

import com.sparkfabrik.handbook.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Test helpers: fixture sites on disk, and the command line run in-process with captured output.
 */
public final class Fixtures {

    public static final Path ROOT = Path.of("src/test/resources/fixtures");
    public static final Path REPOSITORY = Path.of(".");

    /** What a check of a folder without git history warns about. */
    public static final String NO_HISTORY =
            "policy.yaml: warning: no git history (the source folder has no .git): the policy was"
                    + " not compared with its previous version; build in a full git clone (in"
                    + " GitHub Actions: actions/checkout with fetch-depth: 0) [history]\n";

    private Fixtures() {}

    /** The outcome of one command line. */
    public record Run(int exitCode, String out, String err) {}

    public static Run run(String... args) {
        return run(Map.of(), args);
    }

    public static Run run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), env);
        return new Run(code, out.toString(), err.toString());
    }

    /** Copies a fixture folder (or the repository's own handbook) into {@code target}. */
    public static Path copy(Path source, Path target) {
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path path : walk.sorted().toList()) {
                Path relative = source.relativize(path);
                String first = relative.getNameCount() == 0 ? "" : relative.getName(0).toString();
                if (first.equals("site") || first.equals("target")) {
                    continue;
                }
                Path to = target.resolve(relative.toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(to);
                } else {
                    Files.createDirectories(to.getParent());
                    Files.copy(path, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository's own handbook (policy.yaml and content/) copied into {@code target}. */
    public static Path copyHandbook(Path target) throws IOException {
        Files.createDirectories(target);
        Files.copy(REPOSITORY.resolve("policy.yaml"), target.resolve("policy.yaml"));
        copy(REPOSITORY.resolve("content"), target.resolve("content"));
        return target;
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
