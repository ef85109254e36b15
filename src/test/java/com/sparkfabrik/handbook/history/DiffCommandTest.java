package com.sparkfabrik.handbook.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sparkfabrik.handbook.Fixtures;
import java.nio.file.Path;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code diff}: fact-level changes between revisions and the pages they affect. */
class DiffCommandTest {

    @Test
    void byDefaultTheWorkingTreeIsComparedWithTheMergeBaseWithMain(@TempDir Path temp)
            throws Exception {
        try (GitRepo repo = GitRepo.withMinimalHandbook(temp.resolve("handbook"))) {
            repo.branch("feature");
            repo.commit("value: \"7d\"", "value: \"14d\"", "policy: longer window");
            repo.edit("level: should", "level: must");
            Fixtures.Run run = Fixtures.run("diff", "--source", repo.root().toString());
            assertEquals(0, run.exitCode(), run.err());
            String base = run.out().substring("policy.yaml ".length(), "policy.yaml ".length() + 7);
            assertEquals(
                    "policy.yaml "
                            + base
                            + " → working tree: 2 fact changes\n"
                            + "changed limits.weekly-window [value, statement]: 7d → 14d\n"
                            + "  pages: content/index.md:7, content/index.md:11\n"
                            + "changed limits.usage-command [level]\n"
                            + "  pages: content/index.md:7, content/index.md:11\n",
                    run.out());
        }
    }

    @Test
    void twoRevisionsAsMarkdownAndJsonAndFailOnBreaking(@TempDir Path temp) throws Exception {
        try (GitRepo repo = GitRepo.withMinimalHandbook(temp.resolve("handbook"))) {
            RevCommit first = repo.commit("type: duration", "type: text", "policy: window as text");
            String src = repo.root().toString();
            Fixtures.Run markdown =
                    Fixtures.run("diff", "main~1", "main", "--source", src, "--format", "markdown");
            assertEquals(0, markdown.exitCode(), markdown.err());
            assertEquals(
                    "### Policy changes: `main~1` → `main`\n\n"
                            + "policy.yaml main~1 → main: 1 fact change, 1 breaks feed consumers\n\n"
                            + "| change | fact | before | after | pages |\n"
                            + "|---|---|---|---|---|\n"
                            + "| **changed (breaking)** | `limits.weekly-window` | 7d | 7d |"
                            + " content/index.md:7, content/index.md:11 |\n",
                    markdown.out());

            Fixtures.Run json =
                    Fixtures.run(
                            "diff",
                            "main~1",
                            first.name(),
                            "--source",
                            src,
                            "--format",
                            "json",
                            "--fail-on",
                            "breaking");
            assertEquals(1, json.exitCode(), json.err());
            assertEquals(
                    """
                    {
                      "base": "main~1",
                      "head": "%s",
                      "breaking": true,
                      "changes": [
                        {
                          "kind": "changed",
                          "id": "limits.weekly-window",
                          "previous_id": "limits.weekly-window",
                          "breaking": true,
                          "fields": [
                            "type",
                            "statement"
                          ],
                          "before": {
                            "level": "info",
                            "type": "duration",
                            "value": "7d",
                            "statement": "Usage is limited over a rolling 7 days window."
                          },
                          "after": {
                            "level": "info",
                            "type": "text",
                            "value": "7d",
                            "statement": "Usage is limited over a rolling 7d window."
                          },
                          "pages": [
                            "content/index.md:7",
                            "content/index.md:11"
                          ]
                        }
                      ]
                    }
                    """
                            .formatted(first.name()),
                    json.out());
        }
    }

    @Test
    void withoutHistoryDiffIsAnErrorThatSaysHowToGetIt(@TempDir Path temp) {
        Path source = Fixtures.copy(Fixtures.ROOT.resolve("minimal"), temp.resolve("handbook"));
        Fixtures.Run run = Fixtures.run("diff", "--source", source.toString());
        assertEquals(1, run.exitCode());
        assertEquals(
                "policy.yaml: error: diff needs the git history, and there is none (the source"
                        + " folder has no .git): build in a full git clone (in GitHub Actions:"
                        + " actions/checkout with fetch-depth: 0) [history]\n1 error, 0 warnings\n",
                run.err());
    }
}
