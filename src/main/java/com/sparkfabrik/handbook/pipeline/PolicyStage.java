package com.sparkfabrik.handbook.pipeline;

import com.sparkfabrik.handbook.content.FactExpander;
import com.sparkfabrik.handbook.diag.Diagnostic;
import com.sparkfabrik.handbook.diag.Diagnostics;
import com.sparkfabrik.handbook.feed.Feed;
import com.sparkfabrik.handbook.history.History;
import com.sparkfabrik.handbook.history.PolicyHistory;
import com.sparkfabrik.handbook.policy.Policy;
import com.sparkfabrik.handbook.policy.PolicyLoader;
import com.sparkfabrik.handbook.policy.PolicyValidator;
import com.sparkfabrik.handbook.render.PageContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The first stages, load the policy and validate it, and everything made from the policy alone: the
 * render keys of what pages use, the fact expander, the history, the feed and what every page shows
 * about the site.
 */
final class PolicyStage {

    /** Larger files are refused by the loader; their key is their size, not their bytes. */
    private static final long DIGESTED_BYTES = 64L << 20;

    private PolicyStage() {}

    /** A policy as loaded, with the digest of the file it was loaded from. */
    record Loaded(String key, Optional<Policy> policy, List<Diagnostic> diagnostics) {}

    /** What the later stages take from the policy. */
    record Site(
            String key,
            Policy policy,
            Map<String, String> renderKeys,
            FactExpander expander,
            History history,
            Feed feed,
            List<Diagnostic> diagnostics,
            PageContext info) {}

    /** The content digest of policy.yaml: the key of everything made from the policy. */
    static String key(Path source) throws IOException {
        Path file = source.resolve(PolicyLoader.FILE);
        if (Files.isSymbolicLink(file) || !Files.isRegularFile(file)) {
            return "not a file";
        }
        long size = Files.size(file);
        return size > DIGESTED_BYTES
                ? "size " + size
                : new Digest().add(Files.readAllBytes(file)).hex();
    }

    static Loaded load(String key, BuildRequest request) {
        Diagnostics d = new Diagnostics();
        Optional<Policy> policy =
                new PolicyLoader(new PolicyValidator(request.clock())).load(request.source(), d);
        return new Loaded(key, policy, d.all());
    }

    static Site site(Loaded loaded, BuildRequest request, FeedStage feeds) {
        Policy policy = loaded.policy().orElseThrow();
        Diagnostics d = new Diagnostics();
        History history =
                request.history().enabled()
                        ? new PolicyHistory().read(request.source(), request.history(), d)
                        : History.none();
        Feed feed = feeds.build(policy, request, history, d);
        return new Site(
                loaded.key(),
                policy,
                RenderKeys.of(policy),
                new FactExpander(policy),
                history,
                feed,
                d.all(),
                Publication.siteInfo(policy, feed, request, history));
    }
}
