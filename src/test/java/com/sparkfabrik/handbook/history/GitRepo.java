package com.sparkfabrik.handbook.history;

import com.sparkfabrik.handbook.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * A real git repository in a temporary folder, made with JGit: the minimal fixture handbook, then
 * one commit per edit of policy.yaml, each a day after the previous one, at fixed times.
 */
public final class GitRepo implements AutoCloseable {

    private static final Instant FIRST = Instant.parse("2026-03-01T09:30:00Z");

    private final Path root;
    private final Git git;
    private int commits;

    private GitRepo(Path root, Git git) {
        this.root = root;
        this.git = git;
    }

    /** A repository holding the minimal fixture handbook in one first commit. */
    public static GitRepo withMinimalHandbook(Path root) throws IOException, GitAPIException {
        Fixtures.copy(Fixtures.ROOT.resolve("minimal"), root);
        return of(root);
    }

    /** A repository, branch main, holding what {@code root} holds in one first commit. */
    public static GitRepo of(Path root) throws GitAPIException {
        GitRepo repo =
                new GitRepo(
                        root,
                        Git.init().setInitialBranch("main").setDirectory(root.toFile()).call());
        repo.commitAll("policy: first version");
        return repo;
    }

    /** Creates branch {@code name} at HEAD and checks it out. */
    public void branch(String name) throws GitAPIException {
        git.checkout().setCreateBranch(true).setName(name).call();
    }

    public Path root() {
        return root;
    }

    public String policy() throws IOException {
        return Files.readString(root.resolve("policy.yaml"));
    }

    /** Replaces {@code from} with {@code to} in policy.yaml (it must be there), uncommitted. */
    public GitRepo edit(String from, String to) throws IOException {
        String text = policy();
        if (!text.contains(from)) {
            throw new IllegalArgumentException("policy.yaml has no '" + from + "'");
        }
        Files.writeString(root.resolve("policy.yaml"), text.replace(from, to));
        return this;
    }

    /** Commits everything, in the time zone {@code +02:00} so that UTC dates are what is tested. */
    public RevCommit commitAll(String message) throws GitAPIException {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        PersonIdent who =
                new PersonIdent(
                        "Policy Owner",
                        "owner@example.org",
                        FIRST.plusSeconds(86_400L * commits++),
                        ZoneId.of("+02:00"));
        return git.commit()
                .setMessage(message)
                .setAuthor(who)
                .setCommitter(who)
                .setSign(false)
                .call();
    }

    public RevCommit commit(String from, String to, String message)
            throws IOException, GitAPIException {
        edit(from, to);
        return commitAll(message);
    }

    @Override
    public void close() {
        git.close();
    }
}
