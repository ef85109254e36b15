package com.sparkfabrik.handbook.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sparkfabrik.handbook.Browser;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Search in this repository's handbook, in headless Chromium: every word of every page finds that
 * page's section; typing, the keyboard, small typos, prefixes and compounds; from file URLs too.
 */
class ReaderSearchBrowserTest extends ReaderSite {
    /**
     * The TL;DR page, made because every footer links to it, repeats the home page's TL;DR: search
     * sends its words to the home page's section.
     */
    private static final Map<String, String> SAME_AS = Map.of("tldr.html", "index.html#tldr");

    @Test
    void everyWordOfEveryPageFindsThatPagesSection() throws IOException {
        Browser.use(driver, Browser.Screen.DESKTOP, false);
        List<String> misses = new ArrayList<>();
        int words = 0;
        for (String page : pages()) {
            if (page.equals("404.html")) {
                continue; // a page for wrong addresses, not part of the handbook
            }
            driver.get(server.url(page));
            @SuppressWarnings("unchecked")
            Map<String, Object> outcome =
                    (Map<String, Object>)
                            driver.executeAsyncScript(
                                    read("every-word.js"), page, SAME_AS.getOrDefault(page, ""));
            words += ((Number) outcome.get("words")).intValue();
            @SuppressWarnings("unchecked")
            List<String> missed = (List<String>) outcome.get("missed");
            missed.forEach(m -> misses.add(page + ": " + m));
        }
        assertTrue(words > 1000, "only " + words + " words were tried");
        assertEquals(List.of(), misses);
    }

    @Test
    void typingASearchListsSectionsWithTheWordMarkedAndTheKeyboardWorks() {
        Browser.use(driver, Browser.Screen.DESKTOP, false);
        driver.get(server.url("index.html"));
        WebElement input = driver.findElement(By.id("search-input"));
        input.sendKeys("opus");
        WebElement first = waitFor(By.cssSelector("#search-results [role=option]"));
        assertEquals("true", input.getAttribute("aria-expanded"));
        assertTrue(
                first.getAttribute("data-href").endsWith("usage-limits.html#pick-the-right-model"),
                first.getAttribute("data-href"));
        assertEquals("Opus", first.findElement(By.tagName("mark")).getText());
        // the snippet is cut between words: what it shows is the section's text up to a word's end
        String snippet =
                first.findElement(By.className("search-snippet")).getAttribute("textContent");
        String section =
                (String)
                        ((JavascriptExecutor) driver)
                                .executeAsyncScript(
                                        "var done = arguments[1];"
                                                + " handbookSearch(arguments[0]).then(function (f) {"
                                                + " done(f.results[0].text); });",
                                        "opus");
        String shown = snippet.replaceFirst("^… ", "").replaceFirst(" …$", "");
        int at = section.indexOf(shown);
        assertTrue(at >= 0 && snippet.endsWith(" …"), snippet);
        assertFalse(Character.isLetterOrDigit(section.charAt(at + shown.length())), snippet);
        assertTrue(
                driver.findElement(By.id("search-status"))
                        .getAttribute("textContent")
                        .matches("\\d+ results?.*"));
        screenshot("search-opus-desktop");

        input.sendKeys(Keys.ARROW_DOWN);
        assertEquals("true", first.getAttribute("aria-selected"));
        assertEquals(first.getAttribute("id"), input.getAttribute("aria-activedescendant"));
        input.sendKeys(Keys.ESCAPE);
        assertEquals("false", input.getAttribute("aria-expanded"));
        assertFalse(driver.findElement(By.id("search-results")).isDisplayed());

        input.sendKeys(Keys.ARROW_DOWN);
        input.sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(5))
                .until(d -> d.getCurrentUrl().endsWith("usage-limits.html#pick-the-right-model"));
    }

    @Test
    void smallTyposPrefixesAndCompoundsFindTheirSection() {
        Browser.use(driver, Browser.Screen.DESKTOP, false);
        driver.get(server.url("index.html"));
        assertFirst("sonet", "usage-limits.html#pick-the-right-model");
        assertFirst("allowan", "usage-limits.html#extra-allowance");
        assertFirst("pay-as-you-go", "usage-limits.html#extra-allowance");
        assertTrue(
                firstUrls("remote-settings").contains("org-managed-settings.html#the-local-cache"));
        assertEquals(List.of(), firstUrls("propagation"), "a word only in markup is not found");
    }

    @Test
    void resultsOnScreenStayWhenTheRestArrive() {
        Browser.use(driver, Browser.Screen.DESKTOP, false);
        driver.get(server.url("index.html"));
        // the first results are shown as soon as their chunk is in; the rest must be added to them,
        // not replace them under a reader's pointer
        ((JavascriptExecutor) driver)
                .executeScript(
                        "window.removedOptions = 0;"
                                + " new MutationObserver(function (records) { records.forEach(function (r) {"
                                + " window.removedOptions += r.removedNodes.length; }); })"
                                + ".observe(document.getElementById('search-results'), {childList: true});"
                                + " var input = document.getElementById('search-input');"
                                + " input.value = 'claude'; input.dispatchEvent(new Event('input'));");
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(
                        d ->
                                d.findElements(By.cssSelector("#search-results [role=option]"))
                                                .size()
                                        == 10);
        assertEquals(
                0L, ((JavascriptExecutor) driver).executeScript("return window.removedOptions;"));
    }

    @Test
    void searchWorksFromFileUrls() {
        Browser.use(driver, Browser.Screen.DESKTOP, false);
        driver.get(site.resolve("profiles.html").toUri().toString());
        driver.findElement(By.id("search-input")).sendKeys("gemini");
        WebElement first = waitFor(By.cssSelector("#search-results [role=option]"));
        assertTrue(
                first.getAttribute("data-href")
                        .endsWith("usage-limits.html#plan-before-you-prompt"),
                first.getAttribute("data-href"));
        first.click();
        new WebDriverWait(driver, Duration.ofSeconds(5))
                .until(
                        d ->
                                d.getCurrentUrl().startsWith("file:")
                                        && d.getCurrentUrl().endsWith("#plan-before-you-prompt"));
    }

    private void assertFirst(String query, String url) {
        List<String> urls = firstUrls(query);
        assertTrue(urls.contains(url), query + " gave " + urls);
    }

    private List<String> firstUrls(String query) {
        @SuppressWarnings("unchecked")
        List<String> urls =
                (List<String>)
                        driver.executeAsyncScript(
                                "var done = arguments[arguments.length - 1];"
                                        + "window.handbookSearch(arguments[0], 3).then("
                                        + "function (r) { done(r.results.map(function (x) { return x.url; })); },"
                                        + "function (e) { done(['error ' + e]); });",
                                query);
        return urls;
    }
}
