package uk.co.goldenthread;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.util.FileSystemUtils;

/**
 * Headless Chromium from Debian's packages for the browser tests, as a static {@code @RegisterExtension} field: the
 * class is skipped before its Spring context loads when Chromium or its driver is not installed (CI's .ci/run installs
 * them); each test gets a fresh browser with a profile folder of its own, quit and deleted after the test.
 */
public final class HeadlessChromium implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final int width;
    private final int height;
    private @Nullable ChromeDriver driver;
    private @Nullable Path profile;

    private HeadlessChromium(int width, int height) {
        this.width = width;
        this.height = height;
    }

    /** A browser whose window is this many CSS pixels wide and high. */
    public static HeadlessChromium window(int width, int height) {
        return new HeadlessChromium(width, height);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Assumptions.assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
                "Browser tests skipped: /usr/bin/chromium and /usr/bin/chromedriver must be installed "
                        + "(apt-get install chromium chromium-driver)");
        System.setProperty("SE_AVOID_STATS", "true");
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        profile = Files.createTempDirectory("golden-thread-chromium");
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=" + width + "," + height, "--user-data-dir=" + profile);
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build(), options);
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        if (profile != null) {
            FileSystemUtils.deleteRecursively(profile);
            profile = null;
        }
    }

    /** The running test's browser. */
    public ChromeDriver driver() {
        if (driver == null) {
            throw new IllegalStateException("No browser outside a test");
        }
        return driver;
    }

    /** What the window shows now, saved as target/screenshots/{name}. */
    public void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.copy(driver().getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
