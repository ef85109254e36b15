package com.sparkfabrik.handbook;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium driven through the system's chromedriver (both from Debian: {@code .ci/run}
 * installs them), so Selenium never downloads a driver. Without them the browser tests are skipped,
 * except under {@code CI=true}, where a missing browser fails.
 */
public final class Browser {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    /** A reader's screen: width and height in CSS pixels, and whether it is a phone. */
    public enum Screen {
        DESKTOP(1366, 900, false),
        PHONE(390, 844, true);

        public final int width;
        public final int height;
        public final boolean phone;

        Screen(int width, int height, boolean phone) {
            this.width = width;
            this.height = height;
            this.phone = phone;
        }
    }

    private Browser() {}

    public static ChromeDriver open(Path profile) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            if ("true".equals(System.getenv("CI"))) {
                fail("CI=true but Chromium or chromedriver is missing: .ci/run installs them");
            }
            Assumptions.assumeTrue(false, "no Chromium and chromedriver here");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--no-first-run",
                "--hide-scrollbars",
                "--allow-file-access-from-files",
                "--user-data-dir=" + profile);
        // the page's console, for a failing test to show
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service =
                new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        return new ChromeDriver(service, options);
    }

    public static void use(ChromeDriver driver, Screen screen, boolean dark) {
        driver.manage().window().setSize(new Dimension(screen.width, screen.height + 100));
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of(
                        "width", screen.width,
                        "height", screen.height,
                        "deviceScaleFactor", screen.phone ? 2 : 1,
                        "mobile", screen.phone));
        driver.executeCdpCommand(
                "Emulation.setEmulatedMedia",
                Map.of(
                        "features",
                        List.of(
                                Map.of(
                                        "name",
                                        "prefers-color-scheme",
                                        "value",
                                        dark ? "dark" : "light"))));
    }
}
