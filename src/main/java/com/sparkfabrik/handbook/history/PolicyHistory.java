package com.sparkfabrik.handbook.history;

import com.sparkfabrik.handbook.diag.Diagnostics;
import com.sparkfabrik.handbook.diag.SourcePosition;
import com.sparkfabrik.handbook.policy.Policy;
import com.sparkfabrik.handbook.policy.PolicyLoader;
import com.sparkfabrik.handbook.policy.PolicyValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * Reads the policy's history: walks the first-parent line from HEAD back to the history start (or
 * the first commit), and for every commit that changed policy.yaml compares the fact-level content
 * with its parent's. Each version is parsed once, with the loader the build uses; a version that no
 * longer loads is skipped rather than misreported.
 */
public final class PolicyHistory {

    public static final String RULE = "history";

    /** Old versions are read for their facts only: their review dates are not judged. */
    private final PolicyLoader loader =
            new PolicyLoader(new PolicyValidator(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)));

    private final Map<ObjectId, Optional<Policy>> parsed = new HashMap<>();

    /** The version the build has loaded, filed under its blob id once a repository is found. */
    private Optional<Loaded> loaded = Optional.empty();

    private record Loaded(byte[] bytes, Optional<Policy> policy) {}

    /**
     * Takes {@code policy} as the version of policy.yaml whose bytes are {@code bytes}: the build
     * has just loaded it from the working tree, which is most often the version of HEAD too. The
     * loader's result depends on the bytes alone (the clock only dates its warnings), so a version
     * with the same blob id is not parsed again.
     */
    public void knowing(byte[] bytes, Optional<Policy> policy) {
        loaded = Optional.of(new Loaded(bytes, policy));
    }

    /** The history of {@code source}'s policy.yaml; problems with the options are reported. */
    public History read(Path source, HistoryOptions options, Diagnostics diagnostics) {
        GitPolicyFile.Result opened = GitPolicyFile.open(source);
        if (opened.file().isEmpty()) {
            return History.unavailable(opened.unavailable().orElseThrow());
        }
        // the blob id is computed only here: outside a repository it is never needed
        loaded.ifPresent(l -> parsed.put(blobId(l.bytes()), l.policy()));
        try (GitPolicyFile git = opened.file().get()) {
            Optional<RevCommit> start = resolve(git, "history start", options.start(), diagnostics);
            RevCommit head = git.commit("HEAD").orElseThrow();
            List<PolicyCommit> commits = new ArrayList<>();
            Optional<RevCommit> newestChange = Optional.empty();
            boolean startReached = start.isEmpty();
            Optional<ObjectId> blob = git.blob(head);
            for (Optional<RevCommit> c = Optional.of(head); c.isPresent(); ) {
                RevCommit commit = c.get();
                if (start.isPresent() && commit.equals(start.get())) {
                    startReached = true;
                    break;
                }
                Optional<RevCommit> parent = git.parent(commit);
                // each tree is read once: a commit's blob is the one before its child's
                Optional<ObjectId> before =
                        parent.isEmpty() ? Optional.empty() : git.blob(parent.get());
                if (blob.isPresent() && !blob.equals(before)) {
                    newestChange = newestChange.or(() -> Optional.of(commit));
                    entry(git, commit, blob.get(), before).ifPresent(commits::add);
                }
                blob = before;
                c = parent;
            }
            if (!startReached) {
                diagnostics.warning(
                        RULE,
                        SourcePosition.of(PolicyLoader.FILE),
                        "the history start '"
                                + options.start().orElseThrow()
                                + "' is not an ancestor of HEAD on its first-parent line:"
                                + " the whole history is shown");
            }
            Optional<History.Base> base =
                    base(git, source, head, newestChange, options, diagnostics);
            return new History(Optional.empty(), commits, base);
        } catch (IOException | RuntimeException e) {
            return History.unavailable("the repository cannot be read: " + e.getMessage());
        }
    }

    private Optional<PolicyCommit> entry(
            GitPolicyFile git, RevCommit commit, ObjectId blob, Optional<ObjectId> before)
            throws IOException {
        Optional<Policy> after = policy(git, blob);
        Optional<Policy> previous = before.isEmpty() ? Optional.empty() : policy(git, before.get());
        if (after.isEmpty() || before.isPresent() && previous.isEmpty()) {
            return Optional.empty();
        }
        List<FactChange> changes = FactChanges.between(previous, after.get());
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                new PolicyCommit(
                        commit.name(),
                        GitPolicyFile.shortId(commit),
                        Instant.ofEpochSecond(commit.getCommitTime()),
                        before.isEmpty(),
                        changes));
    }

    /**
     * What the compatibility check compares with: {@code since} when given; otherwise HEAD's policy
     * when the working tree changed it, else the policy before the newest commit that changed it.
     */
    private Optional<History.Base> base(
            GitPolicyFile git,
            Path source,
            RevCommit head,
            Optional<RevCommit> newestChange,
            HistoryOptions options,
            Diagnostics diagnostics)
            throws IOException {
        Optional<RevCommit> at;
        if (options.since().isPresent()) {
            at = resolve(git, "--since", options.since(), diagnostics);
        } else if (headDiffers(git, source, head)) {
            at = Optional.of(head);
        } else if (newestChange.isPresent()) {
            at = git.parent(newestChange.get());
        } else {
            at = Optional.empty();
        }
        if (at.isEmpty()) {
            return Optional.empty();
        }
        RevCommit commit = at.get();
        Optional<ObjectId> blob = git.blob(commit);
        if (blob.isEmpty()) {
            return Optional.empty();
        }
        return policy(git, blob.get())
                .map(
                        p ->
                                new History.Base(
                                        PolicyLoader.FILE + " at " + GitPolicyFile.shortId(commit),
                                        commit.name(),
                                        p));
    }

    private static boolean headDiffers(GitPolicyFile git, Path source, RevCommit head)
            throws IOException {
        Path file = source.resolve(PolicyLoader.FILE);
        Optional<ObjectId> blob = git.blob(head);
        if (!Files.isRegularFile(file) || blob.isEmpty()) {
            return false;
        }
        return !Arrays.equals(Files.readAllBytes(file), git.bytes(blob.get()));
    }

    private static Optional<RevCommit> resolve(
            GitPolicyFile git, String what, Optional<String> revision, Diagnostics diagnostics)
            throws IOException {
        if (revision.isEmpty()) {
            return Optional.empty();
        }
        Optional<RevCommit> commit = git.commit(revision.get());
        if (commit.isEmpty()) {
            diagnostics.error(
                    RULE,
                    SourcePosition.of(PolicyLoader.FILE),
                    what + ": '" + revision.get() + "' names no commit of this repository");
        }
        return commit;
    }

    private static ObjectId blobId(byte[] bytes) {
        try (ObjectInserter.Formatter ids = new ObjectInserter.Formatter()) {
            return ids.idFor(Constants.OBJ_BLOB, bytes);
        }
    }

    private Optional<Policy> policy(GitPolicyFile git, ObjectId blob) throws IOException {
        Optional<Policy> known = parsed.get(blob);
        if (known == null) {
            known = loader.parse(git.bytes(blob), new Diagnostics());
            parsed.put(blob, known);
        }
        return known;
    }
}
