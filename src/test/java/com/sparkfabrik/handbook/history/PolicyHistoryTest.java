package com.sparkfabrik.handbook.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sparkfabrik.handbook.Fixtures;
import com.sparkfabrik.handbook.diag.Diagnostics;
import com.sparkfabrik.handbook.policy.Policy;
import com.sparkfabrik.handbook.policy.PolicyLoader;
import com.sparkfabrik.handbook.policy.PolicyValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fact-level history of policy.yaml, read from real git repositories made with JGit. */
class PolicyHistoryTest {

    private static History read(Path source, HistoryOptions options) {
        Diagnostics diagnostics = new Diagnostics();
        History history = new PolicyHistory().read(source, options, diagnostics);
        assertEquals(List.of(), diagnostics.all());
        return history;
    }

    private static String describe(FactChange c) {
        return c.kind().label()
                + " "
                + (c.kind() == FactChange.Kind.RENAMED ? c.previousId() + " -> " : "")
                + c.id()
                + c.before().map(v -> " from " + v.type() + " '" + v.valueText() + "'").orElse("")
                + c.after().map(v -> " to " + v.type() + " '" + v.valueText() + "'").orElse("")
                + (c.breaking() ? " (breaking)" : "");
    }

    @Test
    void eachCommitListsItsFactChangesNewestFirstWithUtcDatesAndShortIds(@TempDir Path temp)
            throws Exception {
        try (GitRepo repo = GitRepo.withMinimalHandbook(temp.resolve("handbook"))) {
            RevCommit value =
                    repo.commit("value: \"7d\"", "value: \"14d\"", "policy: longer window");
            repo.edit(
                    "facts:\n",
                    "facts:\n  limits.session:\n    level: info\n    type: text\n"
                            + "    value: five hours\n    statement: A session lasts {value}.\n"
                            + "    page: index\n    anchor: limits\n");
            RevCommit added = repo.commitAll("policy: session length");

            History history = read(repo.root(), HistoryOptions.defaults());

            assertEquals(Optional.empty(), history.unavailable());
            List<PolicyCommit> commits = history.commits();
            assertEquals(3, commits.size());
            assertEquals(added.name(), commits.get(0).id());
            assertEquals(added.name().substring(0, 7), commits.get(0).shortId());
            assertEquals(LocalDate.parse("2026-03-03"), commits.get(0).date());
            assertEquals(
                    List.of("added limits.session to text 'five hours'"),
                    commits.get(0).changes().stream().map(PolicyHistoryTest::describe).toList());
            assertEquals(value.name(), commits.get(1).id());
            assertEquals(
                    List.of("changed limits.weekly-window from duration '7d' to duration '14d'"),
                    commits.get(1).changes().stream().map(PolicyHistoryTest::describe).toList());
            assertEquals(
                    "Usage is limited over a rolling 14 days window.",
                    commits.get(1).changes().get(0).after().orElseThrow().statement());
            assertTrue(commits.get(2).first());
            assertEquals(2, commits.get(2).changes().size());
            assertEquals(
                    List.of("limits.session", "limits.weekly-window", "limits.usage-command"),
                    List.copyOf(history.lastChanges().keySet()));
            assertEquals(value.name(), history.lastChanges().get("limits.weekly-window").id());
        }
    }

    @Test
    void aVersionTheBuildHasLoadedIsTakenAsItIsNotParsedAgain(@TempDir Path temp) throws Exception {
        try (GitRepo repo = GitRepo.withMinimalHandbook(temp.resolve("handbook"))) {
            repo.commit("value: \"7d\"", "value: \"14d\"", "policy: longer window");
            byte[] head = Files.readAllBytes(repo.root().resolve("policy.yaml"));
            Optional<Policy> loaded =
                    new PolicyLoader(new PolicyValidator(Clock.systemUTC()))
                            .parse(head, new Diagnostics());
            History parsed = read(repo.root(), HistoryOptions.defaults());

            PolicyHistory knowing = new PolicyHistory();
            knowing.knowing(head, loaded);
            Diagnostics diagnostics = new Diagnostics();
            assertEquals(parsed, knowing.read(repo.root(), HistoryOptions.defaults(), diagnostics));
            assertEquals(List.of(), diagnostics.all());

            // the known version is used as given: told that HEAD's bytes do not load, the
            // history skips HEAD's change, which it would list had it parsed them itself
            PolicyHistory told = new PolicyHistory();
            told.knowing(head, Optional.empty());
            History withoutHead = told.read(repo.root(), HistoryOptions.defaults(), diagnostics);
            assertEquals(
                    parsed.commits().subList(1, parsed.commits().size()), withoutHead.commits());
        }
    }

    @Test
    void removalsTypeChangesAndRenamesAreBreaking(@TempDir Path temp) throws Exception {
        try (GitRepo repo = GitRepo.withMinimalHandbook(temp.resolve("handbook"))) {
            repo.commit("type: duration", "type: text", "policy: window as text");
            repo.commit("limits.usage-command:", "limits.usage-check:", "policy: rename");
            History history = read(repo.root(), HistoryOptions.defaults());
            assertEquals(
                    List.of(
                            "renamed limits.usage-command -> limits.usage-check from command"
                                    + " '/usage' to command '/usage' (breaking)"),
                    history.commits().get(0).changes().stream()
                            .map(PolicyHistoryTest::describe)
                            .toList());
            assertEquals(
                    List.of(
                            "changed limits.weekly-window from duration '7d' to text '7d'"
                                    + " (breaking)"),
                    history.commits().get(1).changes().stream()
                            .map(PolicyHistoryTest::describe)
                            .toList());
        }
    }

    @Test
    void theBaseIsThePolicyBeforeTheNewestChangeOrHeadWhenTheWorkingTreeDiffers(@TempDir Path temp)
            throws Exception {
        try (GitRepo repo = GitRepo.withMinimalHandbook(temp.resolve("handbook"))) {
            RevCommit first = repo.commit("value: \"7d\"", "value: \"14d\"", "policy: longer");
            RevCommit second = repo.commit("value: \"14d\"", "value: \"21d\"", "policy: longest");
            History committed = read(repo.root(), HistoryOptions.defaults());
            assertEquals(first.name(), committed.base().orElseThrow().revision());
            assertEquals(
                    "policy.yaml at " + first.name().substring(0, 7),
                    committed.base().orElseThrow().label());

            repo.edit("value: \"21d\"", "value: \"28d\"");
            assertEquals(
                    second.name(),
                    read(repo.root(), HistoryOptions.defaults()).base().orElseThrow().revision());

            HistoryOptions since =
                    new HistoryOptions(true, Optional.empty(), Optional.of(first.name()));
            assertEquals(first.name(), read(repo.root(), since).base().orElseThrow().revision());
        }
    }

    @Test
    void historyStartHidesEarlierDrafts(@TempDir Path temp) throws Exception {
        try (GitRepo repo = GitRepo.withMinimalHandbook(temp.resolve("handbook"))) {
            RevCommit start = repo.commit("value: \"7d\"", "value: \"14d\"", "policy: draft 2");
            RevCommit after = repo.commit("value: \"14d\"", "value: \"21d\"", "policy: published");
            History history =
                    read(
                            repo.root(),
                            new HistoryOptions(true, Optional.of(start.name()), Optional.empty()));
            assertEquals(
                    List.of(after.name()),
                    history.commits().stream().map(PolicyCommit::id).toList());
            assertFalse(history.commits().get(0).first());
        }
    }

    @Test
    void anUnknownRevisionIsAnError(@TempDir Path temp) throws Exception {
        try (GitRepo repo = GitRepo.withMinimalHandbook(temp.resolve("handbook"))) {
            Diagnostics diagnostics = new Diagnostics();
            new PolicyHistory()
                    .read(
                            repo.root(),
                            new HistoryOptions(true, Optional.empty(), Optional.of("no-such-rev")),
                            diagnostics);
            assertEquals(
                    "policy.yaml: error: --since: 'no-such-rev' names no commit of this repository"
                            + " [history]",
                    diagnostics.all().get(0).format());
        }
    }

    @Test
    void aShallowCloneHasNoHistoryAndSaysHowToGetIt(@TempDir Path temp) throws Exception {
        try (GitRepo repo = GitRepo.withMinimalHandbook(temp.resolve("handbook"))) {
            repo.commit("value: \"7d\"", "value: \"14d\"", "policy: longer");
            Path clone = temp.resolve("clone");
            Git.cloneRepository()
                    .setURI(repo.root().toUri().toString())
                    .setDirectory(clone.toFile())
                    .setDepth(1)
                    .call()
                    .close();
            History history = read(clone, HistoryOptions.defaults());
            assertEquals(Optional.of("a shallow clone"), history.unavailable());
        }
    }

    @Test
    void aFolderWithoutGitHasNoHistory(@TempDir Path temp) {
        Path source = Fixtures.copy(Fixtures.ROOT.resolve("minimal"), temp.resolve("handbook"));
        assertTrue(Files.exists(source.resolve("policy.yaml")));
        assertEquals(
                Optional.of("the source folder has no .git"),
                read(source, HistoryOptions.defaults()).unavailable());
    }
}
