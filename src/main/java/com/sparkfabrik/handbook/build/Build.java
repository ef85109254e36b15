package com.sparkfabrik.handbook.build;

import com.sparkfabrik.handbook.render.SiteFiles;
import com.sparkfabrik.handbook.render.SiteWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * A whole build: load and validate the policy, read and render the pages, check everything, make
 * the feed and lay out the site, all in memory ({@link IncrementalBuild}); then, only if there was
 * no error, publish the output folder at once ({@link SiteWriter}).
 */
public final class Build {

    public BuildResult run(BuildRequest request) throws IOException {
        IncrementalBuild.Outcome outcome = new IncrementalBuild(request).rebuild(Set.of());
        BuildResult result = outcome.result();
        if (!result.ok() || request.out().isEmpty() || outcome.files().isEmpty()) {
            return result;
        }
        publish(outcome.files().get(), request.out().get());
        return new BuildResult(result.diagnostics(), result.policy(), result.pages(), true);
    }

    private static void publish(SiteFiles files, Path out) throws IOException {
        SiteWriter writer = new SiteWriter();
        writer.recover(out);
        writer.publish(writer.stage(files, out), out);
    }
}
