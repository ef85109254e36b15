package com.sparkfabrik.handbook.history;

import com.sparkfabrik.handbook.policy.PolicyLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * policy.yaml in the git repository whose work tree is the source folder, read with JGit (no git
 * binary): revisions resolved to commits, and the file's blob at a commit. Only a repository rooted
 * at the source folder counts, so a handbook copied into another repository's subfolder (a test
 * fixture) never picks up that repository's unrelated history.
 */
final class GitPolicyFile implements AutoCloseable {

    /** The loader's own limit for policy.yaml. */
    private static final int MAX_BYTES = 1024 * 1024;

    private final Repository repository;
    private final RevWalk walk;

    private GitPolicyFile(Repository repository) {
        this.repository = repository;
        this.walk = new RevWalk(repository);
    }

    /** The repository at {@code source}, or why there is no usable history there. */
    static Result open(Path source) {
        if (!Files.exists(source.resolve(".git"))) {
            return new Result(Optional.empty(), Optional.of("the source folder has no .git"));
        }
        try {
            Repository repository =
                    new FileRepositoryBuilder()
                            .setWorkTree(source.toFile())
                            .setMustExist(true)
                            .build();
            if (!repository.getObjectDatabase().getShallowCommits().isEmpty()) {
                repository.close();
                return new Result(Optional.empty(), Optional.of("a shallow clone"));
            }
            if (repository.resolve("HEAD") == null) {
                repository.close();
                return new Result(
                        Optional.empty(), Optional.of("the repository has no commits yet"));
            }
            return new Result(Optional.of(new GitPolicyFile(repository)), Optional.empty());
        } catch (IOException | RuntimeException e) {
            return new Result(
                    Optional.empty(),
                    Optional.of("the repository cannot be read: " + e.getMessage()));
        }
    }

    record Result(Optional<GitPolicyFile> file, Optional<String> unavailable) {}

    /** The commit {@code revision} names, or empty when it names none. */
    Optional<RevCommit> commit(String revision) throws IOException {
        try {
            ObjectId id = repository.resolve(revision + "^{commit}");
            return id == null ? Optional.empty() : Optional.of(walk.parseCommit(id));
        } catch (RevisionSyntaxException e) {
            return Optional.empty();
        }
    }

    /** The newest common ancestor of {@code a} and {@code b}, if they have one. */
    Optional<RevCommit> mergeBase(RevCommit a, RevCommit b) throws IOException {
        try (RevWalk bases = new RevWalk(repository)) {
            bases.setRevFilter(RevFilter.MERGE_BASE);
            bases.markStart(bases.parseCommit(a));
            bases.markStart(bases.parseCommit(b));
            RevCommit base = bases.next();
            return base == null ? Optional.empty() : Optional.of(walk.parseCommit(base));
        }
    }

    /** The first of {@code names} that resolves to a commit. */
    Optional<RevCommit> firstCommit(String... names) throws IOException {
        for (String name : names) {
            Optional<RevCommit> commit = commit(name);
            if (commit.isPresent()) {
                return commit;
            }
        }
        return Optional.empty();
    }

    /** The first parent, parsed; empty for a root commit. */
    Optional<RevCommit> parent(RevCommit commit) throws IOException {
        walk.parseHeaders(commit);
        return commit.getParentCount() == 0
                ? Optional.empty()
                : Optional.of(walk.parseCommit(commit.getParent(0)));
    }

    /**
     * The blob id of policy.yaml at {@code commit}, empty when the file is not there. The walk's
     * reader, not the repository: a tree walk given the repository reads its settings, and JGit
     * then looks for the user's git settings files, two exceptions each when they are not there,
     * for every commit of the history.
     */
    Optional<ObjectId> blob(RevCommit commit) throws IOException {
        try (TreeWalk tree =
                TreeWalk.forPath(walk.getObjectReader(), PolicyLoader.FILE, commit.getTree())) {
            return tree == null ? Optional.empty() : Optional.of(tree.getObjectId(0));
        }
    }

    /** The blob's bytes; a version larger than the loader accepts throws, like a broken one. */
    byte[] bytes(ObjectId blob) throws IOException {
        return walk.getObjectReader().open(blob).getBytes(MAX_BYTES);
    }

    static String shortId(ObjectId id) {
        return id.abbreviate(7).name();
    }

    @Override
    public void close() {
        walk.close();
        repository.close();
    }
}
