package com.sparkfabrik.handbook.content;

import com.sparkfabrik.handbook.diag.Diagnostics;
import com.sparkfabrik.handbook.policy.Policy;
import com.sparkfabrik.handbook.policy.PolicyLoader;
import com.sparkfabrik.handbook.policy.PolicyValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** What content tests evaluate: the policy of the full fixture site, and every known page. */
final class ContentFixtures {

    private ContentFixtures() {}

    static Policy fullPolicy() {
        try {
            byte[] bytes =
                    Files.readAllBytes(Path.of("src/test/resources/fixtures/full/policy.yaml"));
            return new PolicyLoader(new PolicyValidator(Clock.systemUTC()))
                    .parse(bytes, new Diagnostics())
                    .orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every Markdown file of the repository's handbook, docs and test resources, and the seeds of
     * the Markdown fuzz test.
     */
    static List<Path> markdownFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root :
                List.of(Path.of("src/test/resources"), Path.of("content"), Path.of("docs"))) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile)
                        .filter(
                                p ->
                                        p.toString().endsWith(".md")
                                                || p.toString().contains("MarkdownFuzzTestInputs"))
                        .sorted()
                        .forEach(files::add);
            }
        }
        return files;
    }
}
