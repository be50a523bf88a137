package com.yilian.hub.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The machine's Chromium (Debian's chromium and chromium-driver packages, installed by .ci/run), driven headless
 * with a throw-away profile. Nothing is downloaded: the driver and the browser are named explicitly.
 */
public final class HeadlessChromium implements AutoCloseable {

    static final Path BROWSER = Path.of(System.getProperty("yilian.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("yilian.chromedriver", "/usr/bin/chromedriver"));

    private final ChromeDriver driver;
    private final Path profile;
    private final String baseUrl;

    private HeadlessChromium(String baseUrl) throws IOException {
        this.baseUrl = baseUrl;
        this.profile = Files.createTempDirectory("yilian-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--no-first-run", "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=zh-CN",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString())).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
    }

    /** Skips the calling test, saying what to install, when the machine has no Chromium. */
    public static HeadlessChromium open(String baseUrl) {
        assumeTrue(Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER),
                "browser tests need " + BROWSER + " and " + DRIVER + ": apt-get install chromium chromium-driver"
                        + " (.ci/run does)");
        try {
            return new HeadlessChromium(baseUrl);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void go(String path) {
        driver.get(baseUrl + path);
    }

    /** Waits for an element the page renders after a call to the hub returns. */
    public WebElement await(String testId) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(byTestId(testId)));
    }

    public boolean present(String testId) {
        return !driver.findElements(byTestId(testId)).isEmpty();
    }

    public static By byTestId(String testId) {
        return By.cssSelector("[data-testid='" + testId + "']");
    }

    /** Logs in through the console's own form, as a person would. */
    public void logIn(String username, String password) {
        go("/");
        WebElement form = await("login-form");
        form.findElement(By.name("username")).sendKeys(username);
        form.findElement(By.name("password")).sendKeys(password);
        await("login-submit").click();
    }

    /** With -Dyilian.screenshots=DIR, keeps a picture of the page for a person to look at; otherwise nothing. */
    public void screenshot(String name) {
        String dir = System.getProperty("yilian.screenshots");
        if (dir == null) {
            return;
        }
        try {
            Files.createDirectories(Path.of(dir));
            Files.write(Path.of(dir, name + ".png"), driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException ignored) {
                // a temporary profile left behind does no harm
            }
        }
    }
}
