package com.sparkfabrik.handbook.pipeline;

import com.sparkfabrik.handbook.render.OutputLock;
import com.sparkfabrik.handbook.render.OutputWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * A whole build: load and validate the policy, read and render the pages, check everything, make
 * the feed and lay out the site, all in memory ({@link Pipeline}); then write it into a staging
 * folder, check every link of the result as published, and only if there was no error swap it in at
 * once ({@link OutputWriter}). A check-only run stages into a temporary folder.
 */
public final class Build {

    private final OutputWriter writer;

    public Build() {
        this(new OutputWriter());
    }

    /** A build that publishes through {@code writer} (a test's, to make writing fail). */
    public Build(OutputWriter writer) {
        this.writer = writer;
    }

    public BuildResult run(BuildRequest request) throws IOException {
        return run(request, new Progress());
    }

    public BuildResult run(BuildRequest request, Progress progress) throws IOException {
        Pipeline.Outcome outcome = new Pipeline(request, progress, false).run(Set.of());
        BuildResult result = outcome.result();
        if (!result.ok() || outcome.files().isEmpty()) {
            return result;
        }
        Optional<String> unsafeOut =
                request.out().flatMap(out -> OutputFolder.problem(request.source(), out));
        if (unsafeOut.isPresent()) {
            // the command line refuses this first; here it guards every other caller
            throw new IllegalArgumentException(unsafeOut.get());
        }
        Path scratch =
                request.out().isPresent() ? null : Files.createTempDirectory("handbook-check");
        Path out = request.out().orElseGet(() -> scratch.resolve("site"));
        // one build at a time stages, checks and swaps into one output folder
        try (OutputLock lock =
                request.out().isPresent() ? OutputLock.acquire(out, OutputLock.WAIT) : null) {
            writer.recover(out);
            Path staging = writer.stage(outcome.files().get(), out);
            try {
                PublishedLinks.check(staging, result.pages(), result.diagnostics());
                if (result.ok() && request.out().isPresent()) {
                    writer.publish(staging, out);
                    staging = null;
                    return new BuildResult(
                            result.diagnostics(), result.policy(), result.pages(), true);
                }
                return result;
            } finally {
                if (staging != null) {
                    writer.discard(staging);
                }
            }
        } finally {
            if (scratch != null) {
                Files.deleteIfExists(scratch);
            }
        }
    }
}
