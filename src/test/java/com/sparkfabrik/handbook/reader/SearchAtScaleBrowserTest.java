package com.sparkfabrik.handbook.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sparkfabrik.handbook.Browser;
import com.sparkfabrik.handbook.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Search over a generated handbook where some words are in more sections than a term's shard entry
 * keeps (1,000): 30 pages of 40 sections, "audit" and "policy" in each, "evidence" in every other,
 * and one word of its own in each ({@code w<page>x<section>}). Every section with all of a query's
 * words is found, not only those among each word's best-weighted.
 */
class SearchAtScaleBrowserTest {

    private static final int PAGES = 30;
    private static final int SECTIONS = 40;

    @TempDir static Path temp;
    static ChromeDriver driver;

    @BeforeAll
    static void buildAndOpen() throws IOException {
        Path source = Fixtures.copy(Fixtures.ROOT.resolve("minimal"), temp.resolve("source"));
        for (int p = 0; p < PAGES; p++) {
            StringBuilder page = new StringBuilder("---\ntitle: Page " + p + "\n---\n");
            for (int s = 0; s < SECTIONS; s++) {
                page.append("\n## Part ").append(p).append('-').append(s).append("\n\n");
                page.append("The audit policy of this part");
                page.append(s % 2 == 0 ? " asks for evidence" : "").append(". It is w");
                page.append(p).append('x').append(s).append(".\n");
            }
            Files.writeString(source.resolve("content/p" + p + ".md"), page);
        }
        Path site = temp.resolve("site");
        Fixtures.Run run =
                Fixtures.run("build", "--source", source.toString(), "--out", site.toString());
        assertEquals(0, run.exitCode(), run.err());
        driver = Browser.open(temp.resolve("profile"));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        driver.get(site.resolve("index.html").toUri().toString());
    }

    @AfterAll
    static void close() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void severalCommonWordsFindEverySectionThatHasThemAll() {
        assertEquals(PAGES * SECTIONS, total("audit policy"));
        assertEquals(PAGES * SECTIONS / 2, total("policy evidence audit"));
    }

    @Test
    void aCommonWordCountsEverySectionItIsIn() {
        assertEquals(PAGES * SECTIONS, total("audit"));
    }

    @Test
    void aSectionPastEveryCommonWordsBestWeightedIsFoundByThemAndItsOwnWord() {
        // the last page's sections come last, past the 1,000 each common word's shard keeps
        // (sections whose own word is a typo away, such as w29x28, come after it)
        assertEquals("p29.html#part-29-38", urls("audit policy evidence w29x38").get(0));
        assertEquals("p29.html#part-29-39", urls("audit policy w29x39").get(0));
        assertFalse(
                urls("audit policy evidence w29x39").contains("p29.html#part-29-39"),
                "w29x39 has no evidence");
    }

    private long total(String query) {
        return ((Number) search(query).get("total")).longValue();
    }

    @SuppressWarnings("unchecked")
    private List<String> urls(String query) {
        return (List<String>) search(query).get("urls");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> search(String query) {
        Map<String, Object> found =
                (Map<String, Object>)
                        driver.executeAsyncScript(
                                "var done = arguments[arguments.length - 1];"
                                        + "window.handbookSearch(arguments[0], Infinity).then("
                                        + "function (r) { done({total: r.total,"
                                        + " urls: r.results.map(function (x) { return x.url; })}); },"
                                        + "function (e) { done({total: -1, urls: ['error ' + e]}); });",
                                query);
        assertTrue(found.containsKey("total"), query);
        return found;
    }
}
