package com.sparkfabrik.handbook.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.sparkfabrik.handbook.Browser;
import com.sparkfabrik.handbook.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * This repository's handbook in headless Chromium: every page free of axe-core violations in light
 * and dark, on a desktop and a phone, with screenshots of each written under {@code
 * target/screenshots/}; search that finds every word of every page at its section; the phone menu,
 * the table of contents and permalinks, used as a reader would.
 */
class ReaderBrowserTest {

    static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /**
     * The TL;DR page, made because every footer links to it, repeats the home page's TL;DR: search
     * sends its words to the home page's section.
     */
    private static final Map<String, String> SAME_AS = Map.of("tldr.html", "index.html#tldr");

    @TempDir static Path temp;
    static Path site;
    static StaticServer server;
    static ChromeDriver driver;

    @BeforeAll
    static void buildAndOpen() throws IOException {
        site = temp.resolve("site");
        server = new StaticServer(site);
        // the 404 page loads its assets from the base URL: make it the loopback server's, so the
        // page is checked as it is served rather than with the repository's public address
        Fixtures.Run run =
                Fixtures.run(
                        "build",
                        "--source",
                        ".",
                        "--out",
                        site.toString(),
                        "--base-url",
                        server.url(""));
        assertEquals(0, run.exitCode(), run.err());
        driver = Browser.open(temp.resolve("profile"));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void close() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    static List<String> pages() throws IOException {
        try (Stream<Path> files = Files.list(site)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".html"))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void everyPageHasNoAxeViolationInLightAndDarkOnDesktopAndPhone() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Browser.Screen screen : Browser.Screen.values()) {
            for (String page : pages()) {
                Browser.use(driver, screen, false);
                driver.get(server.url(page));
                String name = page.replace(".html", "") + "-" + screen.name().toLowerCase();
                screenshot(name);
                // axe is injected once per page; the dark run reuses it on the same document
                violations(
                        new AxeBuilder().withTags(WCAG).analyze(driver),
                        page,
                        screen,
                        "light",
                        problems);
                Browser.use(driver, screen, true);
                screenshot(name + "-dark");
                violations(
                        new AxeBuilder().withTags(WCAG).analyze(driver),
                        page,
                        screen,
                        "dark",
                        problems);
            }
        }
        assertEquals(List.of(), problems);
    }

    private static void violations(
            Results results,
            String page,
            Browser.Screen screen,
            String scheme,
            List<String> problems) {
        for (Rule rule : results.getViolations()) {
            problems.add(
                    page
                            + " "
                            + screen
                            + " "
                            + scheme
                            + ": "
                            + rule.getId()
                            + " "
                            + rule.getNodes().stream().map(n -> n.getTarget().toString()).toList());
        }
    }

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

    /** The first paragraph on the first screen, the search box's whole placeholder, the menu. */
    @Test
    void onAPhoneTheTextComesFirstAndTheMenuOpens() {
        Browser.use(driver, Browser.Screen.PHONE, false);
        List<String> cuts = new ArrayList<>();
        for (String page :
                List.of(
                        "index.html",
                        "usage-limits.html",
                        "personal-use.html",
                        "org-managed-settings.html")) {
            driver.get(server.url(page));
            WebElement paragraph =
                    driver.findElement(By.cssSelector("main article > p, main article > ul"));
            long bottom =
                    ((Number) js("return arguments[0].getBoundingClientRect().top + 40", paragraph))
                            .longValue();
            assertTrue(
                    bottom < Browser.Screen.PHONE.height, page + ": first paragraph at " + bottom);
            assertEquals(
                    0L,
                    js(
                            "return document.documentElement.scrollWidth - document.documentElement.clientWidth"),
                    page + " scrolls sideways");
            Number cut = (Number) js(read("placeholder-overflow.js"));
            if (cut.longValue() != 0) {
                cuts.add(page + ": " + cut + " px of the search placeholder cut");
            }
        }
        screenshot("phone-header");
        assertEquals(List.of(), cuts);
        WebElement link = driver.findElement(By.cssSelector(".site-nav a[href='profiles.html']"));
        assertFalse(link.isDisplayed());
        driver.findElement(By.cssSelector(".site-nav summary")).click();
        assertTrue(link.isDisplayed());
        screenshot("phone-menu-open");
        link.click();
        new WebDriverWait(driver, Duration.ofSeconds(5))
                .until(d -> d.getCurrentUrl().endsWith("profiles.html"));
    }

    @Test
    void onAPhoneNoCodeTokenBreaksAndNoPageScrollsSideways() throws IOException {
        Browser.use(driver, Browser.Screen.PHONE, false);
        List<String> problems = new ArrayList<>();
        int tokens = 0;
        for (String page : pages()) {
            driver.get(server.url(page));
            // a code token on two lines has two boxes; a long path's parts each keep to one line
            @SuppressWarnings("unchecked")
            List<String> broken =
                    (List<String>)
                            js(
                                    "var broken = [];"
                                            + "document.querySelectorAll('main code').forEach(function (c) {"
                                            + "  if (c.closest('pre')) { return; }"
                                            + "  (c.classList.contains('path') ? Array.from(c.children) : [c]).forEach(function (t) {"
                                            + "    if (t.getClientRects().length > 1) { broken.push(t.textContent); } });"
                                            + "});"
                                            + "return broken;");
            broken.forEach(t -> problems.add(page + ": code token on two lines: " + t));
            tokens +=
                    ((Number) js("return document.querySelectorAll('main code').length"))
                            .intValue();
            Number sideways =
                    (Number)
                            js(
                                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            if (sideways.longValue() != 0) {
                problems.add(page + ": scrolls " + sideways + " px sideways");
            }
            // a look at the first table and the first long path as a phone shows them
            for (String what : List.of("table", "path")) {
                List<WebElement> found =
                        driver.findElements(
                                By.cssSelector(
                                        what.equals("table") ? "main table" : "main code.path"));
                if (!found.isEmpty()) {
                    js("arguments[0].scrollIntoView({block: 'center'})", found.get(0));
                    screenshot(page.replace(".html", "") + "-phone-" + what);
                }
            }
        }
        assertTrue(tokens > 50, "only " + tokens + " code tokens were looked at");
        assertEquals(List.of(), problems);
    }

    @Test
    void theContentsFollowTheReaderAndPermalinksShowOnHover() {
        Browser.use(driver, Browser.Screen.DESKTOP, false);
        driver.get(server.url("usage-limits.html"));
        WebElement toc = driver.findElement(By.cssSelector(".toc a[href='#headless-usage']"));
        assertTrue(toc.isDisplayed(), "the contents are open on a wide screen");
        toc.click();
        new WebDriverWait(driver, Duration.ofSeconds(5))
                .until(d -> "location".equals(toc.getAttribute("aria-current")));
        assertTrue(toc.isDisplayed(), "the contents stay in view");
        screenshot("usage-limits-desktop-scrolled");

        WebElement heading = driver.findElement(By.id("why-there-are-no-numbers"));
        WebElement permalink = heading.findElement(By.className("permalink"));
        assertEquals("0", permalink.getCssValue("opacity"));
        new Actions(driver).moveToElement(heading).perform();
        new WebDriverWait(driver, Duration.ofSeconds(5))
                .until(d -> "1".equals(permalink.getCssValue("opacity")));
        permalink.click();
        assertTrue(driver.getCurrentUrl().endsWith("usage-limits.html#why-there-are-no-numbers"));
        WebElement next = driver.findElement(By.cssSelector(".pager-next"));
        assertTrue(next.getText().contains("Personal use"), next.getText());
    }

    @Test
    void aDisputedRuleShowsItsOpenQuestionWhereItIsDetailed() {
        Browser.use(driver, Browser.Screen.DESKTOP, false);
        driver.get(server.url("personal-use.html"));
        WebElement callout = driver.findElement(By.cssSelector("#the-policy + .callout"));
        assertTrue(callout.getText().startsWith("Open question"), callout.getText());
        callout.findElement(By.tagName("a")).click();
        new WebDriverWait(driver, Duration.ofSeconds(5))
                .until(d -> d.getCurrentUrl().contains("open-questions.html#question-"));
        driver.get(server.url("tldr.html"));
        assertFalse(driver.findElements(By.cssSelector(".tldr .disputed")).isEmpty());
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

    private WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(5))
                .until(
                        d ->
                                d.findElements(by).stream()
                                        .filter(WebElement::isDisplayed)
                                        .findFirst()
                                        .orElse(null));
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static void screenshot(String name) {
        Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
        try {
            Files.copy(
                    shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(String resource) {
        try (var in = ReaderBrowserTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
