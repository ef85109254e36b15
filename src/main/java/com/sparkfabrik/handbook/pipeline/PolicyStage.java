package com.sparkfabrik.handbook.pipeline;

import com.sparkfabrik.handbook.content.FactExpander;
import com.sparkfabrik.handbook.diag.Diagnostic;
import com.sparkfabrik.handbook.diag.Diagnostics;
import com.sparkfabrik.handbook.feed.Feed;
import com.sparkfabrik.handbook.history.History;
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
 * The first stages, load the policy and validate it, and what is made from it: from the policy
 * alone the render keys of what pages use and the fact expander; with its history, the feed and
 * what every page shows about the site.
 */
final class PolicyStage {

    /** Larger files are refused by the loader; their key is their size, not their bytes. */
    private static final long DIGESTED_BYTES = 64L << 20;

    private PolicyStage() {}

    /**
     * A policy as loaded, with the digest of the file it was loaded from and the file as read,
     * which the history takes as the version it equals instead of parsing that version again.
     */
    record Loaded(
            String key,
            Optional<Policy> policy,
            List<Diagnostic> diagnostics,
            Optional<byte[]> bytes) {}

    /**
     * What rendering and checking the pages take from the policy alone. The render keys serve only
     * to reuse a rendering in a later run: a one-off build has none.
     */
    record Facts(
            String key, Policy policy, Map<String, String> renderKeys, FactExpander expander) {}

    /** What laying out and publishing take: the facts, the history and what is made from both. */
    record Site(
            Facts facts,
            History history,
            Feed feed,
            List<Diagnostic> diagnostics,
            PageContext info) {

        String key() {
            return facts.key();
        }

        Policy policy() {
            return facts.policy();
        }
    }

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
        PolicyLoader loader = new PolicyLoader(new PolicyValidator(request.clock()));
        Optional<byte[]> bytes = loader.read(request.source(), d);
        Optional<Policy> policy = bytes.flatMap(read -> loader.parse(read, d));
        return new Loaded(key, policy, d.all(), bytes);
    }

    /** {@code keyed}: with the render keys, for a pipeline that keeps its results between runs. */
    static Facts facts(Loaded loaded, boolean keyed) {
        Policy policy = loaded.policy().orElseThrow();
        return new Facts(
                loaded.key(),
                policy,
                keyed ? RenderKeys.of(policy) : Map.of(),
                new FactExpander(policy));
    }

    static Site site(Facts facts, HistoryStage.Read read, BuildRequest request, FeedStage feeds) {
        Diagnostics d = new Diagnostics();
        d.addAll(read.diagnostics());
        Feed feed = feeds.build(facts.policy(), request, read.history(), d);
        return new Site(
                facts,
                read.history(),
                feed,
                d.all(),
                Publication.siteInfo(facts.policy(), feed, request, read.history()));
    }
}
