package com.sparkfabrik.handbook.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.sparkfabrik.handbook.Browser;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * This repository's handbook in headless Chromium: every page free of axe-core violations in light
 * and dark, on a desktop and a phone, with screenshots of each written under {@code
 * target/screenshots/}; the phone menu, the table of contents and permalinks, used as a reader
 * would.
 */
class ReaderBrowserTest extends ReaderSite {
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

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
}
