package com.sparkfabrik.handbook.pipeline;

import com.sparkfabrik.handbook.render.OutputLock;
import com.sparkfabrik.handbook.render.OutputWriter;
import com.sparkfabrik.handbook.render.Staging;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A whole build: the {@link Pipeline}, with each file written into a staging folder as it is made
 * and then dropped, so memory does not grow with the site; then the check of every link of the site
 * as published, from what was collected while laying out; and only if there was no error the
 * staging folder swapped in at once ({@link OutputWriter}). A check-only run writes nothing.
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
        progress.runStarting();
        Pipeline pipeline = new Pipeline(request, progress, false);
        Optional<String> unsafeOut =
                request.out().flatMap(out -> OutputFolder.problem(request.source(), out));
        if (request.out().isEmpty() || unsafeOut.isPresent()) {
            Pipeline.Outcome outcome = pipeline.publish((path, bytes) -> {}, false);
            if (unsafeOut.isPresent() && outcome.result().ok() && outcome.files().isPresent()) {
                // the command line refuses this first; here it guards every other caller
                throw new IllegalArgumentException(unsafeOut.get());
            }
            return checked(outcome, progress);
        }
        Path out = request.out().get();
        // one build at a time stages, checks and swaps into one output folder
        try (OutputLock lock = OutputLock.acquire(out, OutputLock.WAIT)) {
            writer.recover(out);
            Staging staging = writer.open(out);
            progress.ended("output folder");
            boolean published = false;
            try {
                BuildResult result = checked(pipeline.publish(staging, true), progress);
                if (result.ok() && result.policy().isPresent()) {
                    staging.publish();
                    progress.ended("publish");
                    published = true;
                    return new BuildResult(
                            result.diagnostics(), result.policy(), result.pages(), true);
                }
                return result;
            } catch (UncheckedIOException e) {
                throw e.getCause();
            } finally {
                if (!published) {
                    staging.discard();
                }
            }
        }
    }

    /**
     * The result, with the problems of the links of the site as published when all else is ok: the
     * stage {@code links} of {@code progress}.
     */
    private static BuildResult checked(Pipeline.Outcome outcome, Progress progress) {
        BuildResult result = outcome.result();
        if (result.ok() && outcome.files().isPresent()) {
            PublishedLinks.check(
                    outcome.published().orElseThrow(),
                    outcome.files().get(),
                    result.pages(),
                    result.diagnostics());
        }
        progress.ended("links");
        return result;
    }
}
