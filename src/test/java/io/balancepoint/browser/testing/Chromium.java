package io.balancepoint.browser.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The machine's headless Chromium, driven through the machine's chromedriver. Both paths are set
 * explicitly, so Selenium Manager never looks for (or downloads) a browser or a driver. Where
 * they are missing, CI fails the browser tests ({@code CI=true}: the set-up in {@code .ci/services}
 * should have installed them), a developer's run skips them with the reason.
 */
public final class Chromium {

    /** Window size of every test browser, so layouts and screenshots are comparable between runs. */
    public static final Dimension WINDOW = new Dimension(1280, 1600);

    private static final String INSTALL = "apt-get install -y chromium chromium-driver";

    private final Path browser;
    private final Path driver;

    private Chromium(Path browser, Path driver) {
        this.browser = browser;
        this.driver = driver;
    }

    /**
     * The installed Chromium and chromedriver ({@code -Dbp.chromium=}, {@code -Dbp.chromedriver=}
     * override Debian's {@code /usr/bin} paths), or a failed (CI) / aborted (elsewhere) test.
     */
    public static Chromium installed() {
        Optional<String> missing = missing();
        if (missing.isPresent()) {
            if (inCi()) {
                Assertions.fail(missing.get());
            }
            Assumptions.abort(missing.get());
        }
        return new Chromium(browserPath(), driverPath());
    }

    /** Why the browser tests cannot run here, if they cannot. */
    static Optional<String> missing() {
        List<String> missing = Stream.of(browserPath(), driverPath()).filter(p -> !Files.isExecutable(p)).map(Path::toString).toList();
        return missing.isEmpty() ? Optional.empty() : Optional.of("browser tests need Chromium and chromedriver; missing: "
                + String.join(", ", missing) + " (install: " + INSTALL + ", which .ci/services does when run as root)");
    }

    private static Path browserPath() {
        return Path.of(System.getProperty("bp.chromium", "/usr/bin/chromium"));
    }

    private static Path driverPath() {
        return Path.of(System.getProperty("bp.chromedriver", "/usr/bin/chromedriver"));
    }

    static boolean inCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Starts a fresh headless browser with its own profile directory under {@code profileParent}. */
    public ChromeDriver start(Path profileParent) {
        Path profile;
        try {
            profile = Files.createTempDirectory(profileParent, "chromium-profile-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        options.addArguments(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--lang=en-US", "--user-data-dir=" + profile.toAbsolutePath(),
                "--window-size=" + WINDOW.getWidth() + "," + WINDOW.getHeight());
        // The page's console goes next to each screenshot (Browser.screenshot), to read a failure.
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.toFile())
                .usingAnyFreePort()
                .withTimeout(Duration.ofSeconds(120))
                .build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        // Generous: the build machine is shared; waits are explicit conditions, never sleeps.
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(120));
        chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return chrome;
    }
}
