package com.sparkfabrik.handbook.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The feed of the fixture policy. The golden file is regenerated with {@code mvn test
 * -Dtest=FeedBuilderTest -Dgolden.update=true}; review the diff before committing.
 */
class FeedBuilderTest {

    private static final Path GOLDEN = Path.of("src/test/resources/feed/golden/policy.json");

    @Test
    void feedOfTheFixturePolicyMatchesTheGoldenFile() throws IOException {
        byte[] actual = new FeedWriter().write(FeedFixtures.feed());
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.write(GOLDEN, actual);
        }
        assertEquals(
                Files.readString(GOLDEN, StandardCharsets.UTF_8),
                new String(actual, StandardCharsets.UTF_8),
                "policy.json differs from "
                        + GOLDEN
                        + " (regenerate with -Dgolden.update=true if the change is intended)");
    }

    @Test
    void theSamePolicyGivesTheSameRevision() {
        assertEquals(
                FeedFixtures.feed().revision(),
                FeedFixtures.feed(FeedFixtures.policy()).revision());
        assertTrue(FeedFixtures.feed().revision().matches("sha256:[0-9a-f]{64}"));
    }

    @Test
    void revisionIsTheSha256OfTheCanonicalDocumentWithoutRevisionAndChanges() throws Exception {
        Feed feed =
                FeedFixtures.feed()
                        .withChanges(
                                new Feed.Changes(
                                        "sha256:" + "0".repeat(64),
                                        List.of(),
                                        List.of(),
                                        List.of()));
        ObjectNode document = feed.toJson();
        document.remove(List.of("revision", "changes"));
        String canonical = CanonicalJson.write(document);
        assertTrue(
                canonical.startsWith("{\"$schema\":\"schema/policy-feed/v1.json\",\"contacts\":{"),
                canonical);
        byte[] digest =
                MessageDigest.getInstance("SHA-256")
                        .digest(canonical.getBytes(StandardCharsets.UTF_8));
        assertEquals("sha256:" + HexFormat.of().formatHex(digest), feed.revision());
    }

    @Test
    void canonicalFormSortsKeysAndEscapesOnlyWhatJsonRequires() {
        ObjectNode node = new ObjectMapper().createObjectNode();
        node.put("b", "é \"q\" \\ \n\u0001 / €");
        node.put("a", true);
        node.putArray("c").add(1).add("x");
        assertEquals(
                "{\"a\":true,\"b\":\"é \\\"q\\\" \\\\ \\n\\u0001 / €\",\"c\":[1,\"x\"]}",
                CanonicalJson.write(node));
    }

    @Test
    void changingOneFactsValueChangesTheRevisionAndOnlyThatFactsEntry() {
        Feed before = FeedFixtures.feed();
        Feed after =
                FeedFixtures.feed(
                        FeedFixtures.policy(
                                FeedFixtures.edited("value: \"/usage\"", "value: \"/stats\"")));
        assertNotEquals(before.revision(), after.revision());
        ObjectNode a = before.toJson();
        ObjectNode b = after.toJson();
        JsonNode factsA = a.remove("facts");
        JsonNode factsB = b.remove("facts");
        a.remove("revision");
        b.remove("revision");
        assertEquals(a, b, "nothing outside 'facts' and 'revision' changes");
        for (int i = 0; i < factsA.size(); i++) {
            String id = factsA.get(i).get("id").asText();
            if (id.equals("limits.check-command")) {
                assertEquals("/stats", factsB.get(i).get("value").asText());
                assertEquals(
                        "Check where you stand with /stats.",
                        factsB.get(i).get("statement").asText());
            } else {
                assertEquals(factsA.get(i), factsB.get(i), "fact " + id + " must not change");
            }
        }
    }

    @Test
    void statementsFillPlaceholdersAsPlainText() {
        Map<String, String> statements =
                Map.of(
                        "limits.weekly-window",
                                "Weekly usage is limited on a rolling 7 days window that starts with your own first activity.",
                        "limits.extra-allowance-exhausted",
                                "When your extra allowance is exhausted, ask HR team (#support-hr): requests are decided case by case.",
                        "harness.opencode-copilot",
                                "OpenCode may be considered as a Copilot-backed harness for someone with a Copilot seat; ask Platform team.");
        FeedContent content = FeedFixtures.feed().content();
        statements.forEach(
                (id, text) -> assertEquals(text, content.fact(id).orElseThrow().statement(), id));
        assertEquals(
                "Weekly usage is limited on a rolling {value} window that starts with your own first activity.",
                content.fact("limits.weekly-window").orElseThrow().statementTemplate());
    }

    @Test
    void valuesKeepTheirJsonTypeAndOrder() {
        ObjectNode json = FeedFixtures.feed().toJson();
        Map<String, JsonNode> facts = FeedJson.factsById(json);
        assertEquals("7d", facts.get("limits.weekly-window").get("value").textValue());
        assertEquals(
                "[\"Claude Code\",\"Claude.ai chat\",\"Cowork\"]",
                facts.get("limits.shared-pool").get("value").toString());
        assertEquals(
                "{\"claude\":\"~/.claude\",\"claude-personal\":\"~/.claude_personal\"}",
                facts.get("profiles.config-dirs").get("value").toString());
    }

    @Test
    void urlsAreRelativeByDefaultAndUnderTheBaseUrlWhenOneIsSet() {
        var policy = FeedFixtures.policy();
        assertEquals(
                "usage-limits.html#weekly-limit",
                FeedFixtures.feed(policy)
                        .content()
                        .fact("limits.weekly-window")
                        .orElseThrow()
                        .url());
        Feed published = new FeedBuilder("https://handbook.example/claude").build(policy);
        assertEquals(
                "https://handbook.example/claude/usage-limits.html#weekly-limit",
                published.content().fact("limits.weekly-window").orElseThrow().url());
        assertNotEquals(FeedFixtures.feed(policy).revision(), published.revision());
    }

    @Test
    void aBaseUrlWithSpacesOrAFragmentIsRefused() {
        assertThrows(
                IllegalArgumentException.class, () -> new FeedBuilder("https://x.example/a b"));
        assertThrows(
                IllegalArgumentException.class, () -> new FeedBuilder("https://x.example/#top"));
    }

    @Test
    void targetsGiveThePageAndAnchorOfEveryFactForTheLinkCheck() {
        Map<String, FactTarget> targets = new FeedBuilder("").targets(FeedFixtures.policy());
        assertEquals(
                List.of(
                        "limits.shared-pool",
                        "limits.weekly-window",
                        "limits.check-command",
                        "limits.extra-allowance-exhausted",
                        "limits.no-pay-as-you-go",
                        "harness.claude-code",
                        "harness.opencode",
                        "harness.opencode-copilot",
                        "profiles.config-dirs"),
                List.copyOf(targets.keySet()));
        assertEquals(
                new FactTarget(
                        "harness.opencode",
                        "harnesses",
                        "opencode",
                        "harnesses.html",
                        "harnesses.html#opencode"),
                targets.get("harness.opencode"));
    }

    @Test
    void sourcePointsAtTheFactInPolicyYaml() {
        String[] lines = FeedFixtures.policyText().split("\n", -1);
        for (FeedContent.FactEntry fact : FeedFixtures.feed().content().facts()) {
            int line = Integer.parseInt(fact.source().substring("policy.yaml#L".length()));
            assertTrue(
                    lines[line - 2].strip().equals(fact.id() + ":")
                            || lines[line - 1].strip().equals(fact.id() + ":"),
                    fact.id() + " is not at or just above line " + line);
        }
    }

    @Test
    void theTldrListsFactIdsInTldrOrder() {
        assertEquals(
                List.of(
                        "limits.shared-pool",
                        "limits.weekly-window",
                        "limits.extra-allowance-exhausted",
                        "limits.no-pay-as-you-go",
                        "harness.claude-code"),
                FeedFixtures.feed().content().tldr());
    }
}
