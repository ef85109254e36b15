package com.sparkfabrik.handbook.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sparkfabrik.handbook.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * While serving, a fact edit changes the policy's revision in every page's footer: pages laid out
 * before show the new one, byte for byte as a full build does, even a page whose own text holds the
 * character sequence the layout marks the revision's place with.
 */
class FooterRevisionTest {

    private static final String MARK = "\uE002revision\uE002";
    private static final Pattern FOOTER = Pattern.compile("revision <code>([^<]*)</code>");

    @Test
    void aFactEditShowsTheNewRevisionInEveryFooter(@TempDir Path temp) throws IOException {
        Path source = Fixtures.copy(Fixtures.ROOT.resolve("full"), temp.resolve("src"));
        Files.writeString(
                source.resolve("content/marked.md"),
                "---\ntitle: Marked\n---\n\nText " + MARK + " as written.\n");
        Pipeline serving =
                new Pipeline(BuildRequest.check(source, Clock.systemUTC()), new Progress(), true);
        Map<String, byte[]> before = serving.run(Set.of()).files().orElseThrow().all();

        Path policy = source.resolve("policy.yaml");
        Files.writeString(
                policy,
                Files.readString(policy)
                        .replace("value: \"/quota --week\"", "value: \"/quota --month\""));
        Map<String, byte[]> after = serving.run(Set.of("policy.yaml")).files().orElseThrow().all();
        Map<String, byte[]> full =
                new Pipeline(BuildRequest.check(source, Clock.systemUTC()))
                        .run(Set.of())
                        .files()
                        .orElseThrow()
                        .all();

        assertNotEquals(revision(before.get("marked.html")), revision(after.get("marked.html")));
        for (String page : full.keySet()) {
            assertArrayEquals(full.get(page), after.get(page), page);
        }
        String marked = text(after.get("marked.html"));
        assertEquals(1, marked.split(MARK, -1).length - 1, marked);
        assertTrue(revision(after.get("marked.html")).startsWith("sha256:"), marked);
    }

    private static String revision(byte[] page) {
        Matcher footer = FOOTER.matcher(text(page));
        assertTrue(footer.find());
        return footer.group(1);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
