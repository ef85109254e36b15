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
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * The fact-level changes between two revisions of policy.yaml: {@code base} (default: the merge
 * base of HEAD with the main branch) and {@code head} (default: the working tree). {@code
 * baseLabel} and {@code headLabel} say what was compared, for the reader: a revision as it was
 * given, the merge base's short id, or "working tree".
 */
public record PolicyDiff(String baseLabel, String headLabel, List<FactChange> changes) {

    public PolicyDiff {
        changes = List.copyOf(changes);
    }

    private static final String[] MAIN_BRANCHES = {
        "refs/heads/main",
        "refs/remotes/origin/main",
        "refs/heads/master",
        "refs/remotes/origin/master"
    };

    public boolean breaking() {
        return changes.stream().anyMatch(FactChange::breaking);
    }

    /** The diff, or empty with the reason reported as an error. */
    public static Optional<PolicyDiff> of(
            Path source, Optional<String> base, Optional<String> head, Diagnostics diagnostics) {
        SourcePosition at = SourcePosition.of(PolicyLoader.FILE);
        GitPolicyFile.Result opened = GitPolicyFile.open(source);
        if (opened.file().isEmpty()) {
            diagnostics.error(
                    PolicyHistory.RULE,
                    at,
                    "diff needs the git history, and there is none ("
                            + opened.unavailable().orElseThrow()
                            + "): "
                            + History.HOW_TO_GET_IT);
            return Optional.empty();
        }
        PolicyLoader loader =
                new PolicyLoader(new PolicyValidator(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)));
        try (GitPolicyFile git = opened.file().get()) {
            Optional<RevCommit> headCommit =
                    head.isPresent() ? git.commit(head.get()) : git.commit("HEAD");
            if (headCommit.isEmpty()) {
                diagnostics.error(
                        PolicyHistory.RULE, at, "'" + head.orElseThrow() + "' names no commit");
                return Optional.empty();
            }
            Optional<RevCommit> baseCommit;
            if (base.isPresent()) {
                baseCommit = git.commit(base.get());
                if (baseCommit.isEmpty()) {
                    diagnostics.error(
                            PolicyHistory.RULE, at, "'" + base.get() + "' names no commit");
                    return Optional.empty();
                }
            } else {
                Optional<RevCommit> main = git.firstCommit(MAIN_BRANCHES);
                if (main.isEmpty()) {
                    diagnostics.error(
                            PolicyHistory.RULE,
                            at,
                            "no main branch to compare with: name the base revision (diff BASE)");
                    return Optional.empty();
                }
                baseCommit = git.mergeBase(headCommit.get(), main.get());
                if (baseCommit.isEmpty()) {
                    diagnostics.error(
                            PolicyHistory.RULE,
                            at,
                            "HEAD and the main branch have no common commit: name the base"
                                    + " revision (diff BASE)");
                    return Optional.empty();
                }
            }
            Optional<Policy> before = version(git, loader, baseCommit.get());
            byte[] headBytes;
            String headLabel;
            if (head.isPresent()) {
                Optional<ObjectId> blob = git.blob(headCommit.get());
                headBytes = blob.isPresent() ? git.bytes(blob.get()) : null;
                headLabel = head.get();
            } else {
                Path file = source.resolve(PolicyLoader.FILE);
                headBytes = Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
                headLabel = "working tree";
            }
            Optional<Policy> after =
                    headBytes == null
                            ? Optional.empty()
                            : loader.parse(headBytes, new Diagnostics());
            if (after.isEmpty()) {
                diagnostics.error(
                        PolicyHistory.RULE,
                        at,
                        "policy.yaml at " + headLabel + " is missing or does not load: run check");
                return Optional.empty();
            }
            return Optional.of(
                    new PolicyDiff(
                            base.orElse(GitPolicyFile.shortId(baseCommit.get())),
                            headLabel,
                            FactChanges.between(before, after.get())));
        } catch (IOException | RuntimeException e) {
            diagnostics.error(
                    PolicyHistory.RULE, at, "the git history cannot be read: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static Optional<Policy> version(
            GitPolicyFile git, PolicyLoader loader, RevCommit commit) throws IOException {
        Optional<ObjectId> blob = git.blob(commit);
        return blob.isEmpty()
                ? Optional.empty()
                : loader.parse(git.bytes(blob.get()), new Diagnostics());
    }
}
