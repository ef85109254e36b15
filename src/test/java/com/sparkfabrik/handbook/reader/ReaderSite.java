package com.sparkfabrik.handbook.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sparkfabrik.handbook.Browser;
import com.sparkfabrik.handbook.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * This repository's handbook, built once per test class and served on loopback, with a headless
 * Chromium to read it: what the reader tests share.
 */
abstract class ReaderSite {
    static final Path SCREENSHOTS = Path.of("target/screenshots");

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

    WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(5))
                .until(
                        d ->
                                d.findElements(by).stream()
                                        .filter(WebElement::isDisplayed)
                                        .findFirst()
                                        .orElse(null));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    static void screenshot(String name) {
        Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
        try {
            Files.copy(
                    shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(String resource) {
        try (var in = ReaderSite.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
