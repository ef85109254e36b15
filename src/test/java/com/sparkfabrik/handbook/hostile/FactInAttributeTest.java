package com.sparkfabrik.handbook.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sparkfabrik.handbook.Fixtures;
import com.sparkfabrik.handbook.Runs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A fact referenced inside an attribute (a title, an alt text) gives plain text, not markup. */
class FactInAttributeTest {

    static final byte[] PNG = {
        (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'
    };

    @Test
    void linkTitlesAltTextsAndReferenceTitlesGetTheFactsPlainText(@TempDir Path temp)
            throws IOException {
        Path source = Fixtures.copy(Fixtures.ROOT.resolve("minimal"), temp.resolve("src"));
        Files.write(source.resolve("content/pic.png"), PNG);
        Files.writeString(
                source.resolve("content/attrs.md"),
                """
                ---
                title: Attributes
                ---
                [inline](index.md "Run {{ value('limits.usage-command') }} now")

                ![{{ value('limits.weekly-window') }} window](pic.png "{{ fact('limits.usage-command') }}")

                [by reference][ref] and ![image by reference][img]

                [ref]: index.md "ask {{ contact('owners') }}"
                [img]: pic.png 'alt {{ statement('limits.weekly-window') }}'

                Text keeps the markup: {{ value('limits.usage-command') }}.
                """);
        Path out = temp.resolve("out");
        Runs.buildGood(source, out);

        Document page = Jsoup.parse(out.resolve("attrs.html").toFile());
        List<String> attributes =
                page.select("main a[title], main img").stream()
                        .map(e -> e.tagName() + " " + attributesOf(e))
                        .toList();
        assertEquals(
                List.of(
                        "a title=Run /usage now",
                        "img alt=7 days window title=Check your usage with /usage; ask Policy owners (#policy) for more.",
                        "a title=ask Policy owners (#policy)",
                        "img alt=image by reference title=alt "
                                + "Usage is limited over a rolling 7 days window."),
                attributes);
        String html = Files.readString(out.resolve("attrs.html"));
        assertFalse(html.contains("=\"Run <span"), "markup inside an attribute");
        assertTrue(
                page.select("main p span").size() > 0, "text outside attributes keeps its markup");
    }

    private static String attributesOf(Element e) {
        StringBuilder out = new StringBuilder();
        for (String name : List.of("alt", "title")) {
            if (e.hasAttr(name)) {
                out.append(out.length() == 0 ? "" : " ")
                        .append(name)
                        .append('=')
                        .append(e.attr(name));
            }
        }
        return out.toString();
    }
}
