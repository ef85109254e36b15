package com.sparkfabrik.handbook.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sparkfabrik.handbook.Fixtures;
import com.sparkfabrik.handbook.diag.Diagnostics;
import com.sparkfabrik.handbook.diag.SourcePosition;
import com.sparkfabrik.handbook.policy.Fact;
import com.sparkfabrik.handbook.policy.FactValue;
import com.sparkfabrik.handbook.policy.Policy;
import com.sparkfabrik.handbook.policy.PolicyLoader;
import com.sparkfabrik.handbook.policy.PolicyValidator;
import com.sparkfabrik.handbook.policy.ValueType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The promise to policy owners: change a distinctive fact once in policy.yaml and every page, the
 * TL;DR and the feed follow, with no copy of the old value left anywhere in the site.
 */
class FactChangePropagationTest {

    static Policy realPolicy() {
        return new PolicyLoader(new PolicyValidator(Clock.systemUTC()))
                .load(Fixtures.REPOSITORY, new Diagnostics())
                .orElseThrow();
    }

    static Stream<String> distinctiveScalarFacts() {
        return realPolicy().facts().values().stream()
                .filter(f -> f.type().distinctive() && f.value() instanceof FactValue.Scalar)
                .map(Fact::id);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("distinctiveScalarFacts")
    void changingAFactChangesEveryPlaceAndLeavesNoOldCopy(String factId, @TempDir Path temp)
            throws IOException {
        Path source = Fixtures.copyHandbook(temp.resolve("handbook"));
        Fact fact = realPolicy().fact(factId).orElseThrow();
        String oldValue = ((FactValue.Scalar) fact.value()).text();
        String newValue = replacementFor(fact.type());
        Files.writeString(
                source.resolve("policy.yaml"),
                replaceScalar(
                        Files.readString(source.resolve("policy.yaml")),
                        fact.positionOf("value"),
                        newValue));

        Path out = temp.resolve("site");
        BuildResult result = new Build().run(BuildRequest.build(source, out, Clock.systemUTC()));
        assertTrue(result.ok(), () -> result.diagnostics().all().toString());

        Policy changed = result.policy().orElseThrow();
        List<String> otherValues = new ArrayList<>();
        changed.facts().values().forEach(f -> otherValues.addAll(f.value().strings()));
        changed.contacts()
                .values()
                .forEach(
                        c -> {
                            otherValues.add(c.name());
                            c.channel().ifPresent(otherValues::add);
                        });
        otherValues.sort(Comparator.comparingInt(String::length).reversed());

        boolean newValueShown = false;
        for (Map.Entry<String, String> file : GoldenSiteTest.files(out).entrySet()) {
            if (file.getKey().matches("assets/search/t\\d+\\.js")) {
                // a term shard lists the lower-cased words of the section texts, which the
                // section chunks (assets/search/d*.js) hold as shown and are checked here
                continue;
            }
            String text = file.getValue();
            newValueShown |= file.getKey().endsWith(".html") && text.contains(escape(newValue));
            String remaining = text.replaceAll("https?://[^\\s\"'<>)]+", " ");
            for (String other : otherValues) {
                remaining = remaining.replace(escape(other), " ").replace(other, " ");
            }
            assertFalse(
                    containsWord(remaining, oldValue) || containsWord(remaining, escape(oldValue)),
                    "old value '" + oldValue + "' of " + factId + " is still in " + file.getKey());
        }
        assertTrue(newValueShown, "the new value of " + factId + " appears on a page");
        assertEquals(
                newValue, ((FactValue.Scalar) changed.fact(factId).orElseThrow().value()).text());
    }

    private static String replacementFor(ValueType type) {
        return switch (type) {
            case PATH -> "/opt/changed/settings.json";
            case COMMAND -> "/changed-command";
            case CHANNEL -> "#changed-channel";
            case ENV -> "CHANGED_VARIABLE";
            default -> "Changed Name";
        };
    }

    /**
     * Replaces the YAML scalar that starts at {@code at} (quoted or plain) by a quoted new value.
     */
    static String replaceScalar(String yaml, SourcePosition at, String newValue) {
        String[] lines = yaml.split("\n", -1);
        String line = lines[at.line() - 1];
        int start = at.column() - 1;
        char quote = line.charAt(start);
        int end;
        if (quote == '"' || quote == '\'') {
            end = line.indexOf(quote, start + 1) + 1;
        } else {
            int comment = line.indexOf(" #", start);
            end = comment < 0 ? line.length() : comment;
        }
        lines[at.line() - 1] =
                line.substring(0, start) + "\"" + newValue + "\"" + line.substring(end);
        return String.join("\n", lines);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    /** Whether {@code word} occurs with no letter, digit, '_' or '-' right before or after it. */
    private static boolean containsWord(String text, String word) {
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            int end = i + word.length();
            boolean before = i > 0 && isWordChar(text.charAt(i - 1));
            boolean after = end < text.length() && isWordChar(text.charAt(end));
            if (!before && !after) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-';
    }
}
