package cn.taizhang.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium and chromium-driver) for the UI journeys. Where they are
 * not installed the browser tests are skipped, except in CI (CI=true), where .ci/run installs them
 * and their absence is a failure.
 */
public final class Browser implements AutoCloseable {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private static final String SECOND_FACTOR = "/login/second-factor";

    private final WebDriver driver;
    private final String baseUrl;

    private Browser(WebDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
    }

    public static Browser open(int port) {
        boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        if (!"true".equals(System.getenv("CI"))) {
            Assumptions.assumeTrue(installed, "chromium and chromium-driver are not installed: browser tests skipped");
        } else if (!installed) {
            throw new IllegalStateException("CI must install chromium and chromium-driver (see .ci/run)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,1000", "--lang=zh-CN", "--user-data-dir=" + temporaryProfile());
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build();
        return new Browser(new ChromeDriver(service, options), "http://localhost:" + port);
    }

    public WebDriver driver() {
        return driver;
    }

    public void get(String path) {
        driver.get(baseUrl + path);
    }

    public WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    /** Signs in through the sign-in page; a demo administrator also types its authenticator's code ({@link DemoCodes}). */
    public void signIn(String username, String password) {
        typePassword(username, password);
        String code = DemoCodes.next(username);
        if (code != null) {
            typeSecondFactor(code);
        }
    }

    /** The sign-in page's first step, waiting for the page it leads to (the app, or the second step). */
    public void typePassword(String username, String password) {
        get("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("sign-in")).click();
        // the next get() must not overtake the sign-in's POST, or it lands on the login page without a session
        waiting().until(d -> !path(d).equals("/login"));
    }

    /** The second step: a code or a recovery code, waiting for the answer. */
    public void typeSecondFactor(String code) {
        waiting().until(d -> path(d).equals(SECOND_FACTOR));
        org.openqa.selenium.WebElement field = driver.findElement(By.id("code"));
        field.sendKeys(code);
        driver.findElement(By.id("verify")).click();
        waiting().until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(field));
    }

    private static String path(WebDriver driver) {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    /** Runs {@code script} in every page this browser opens from now on, before the page's own scripts (and not subject to its CSP). */
    public void beforeEveryPage(String script) {
        ((ChromeDriver) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source", script));
    }

    /** From now on the pages are laid out as on a 390×844 phone (a touch screen, the mobile viewport). */
    public void phone() {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setTouchEmulationEnabled", java.util.Map.of("enabled", true));
    }

    /** Back to the desktop window. */
    public void desktop() {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setTouchEmulationEnabled", java.util.Map.of("enabled", false));
    }

    /**
     * What a person would stop at on this page at its current width: the page scrolling sideways, and any visible table
     * cell with text narrower than {@code minColumn} pixels (a column squeezed to one character a line). Empty when none.
     */
    @SuppressWarnings("unchecked")
    public java.util.List<String> layoutProblems(int minColumn) {
        return (java.util.List<String>) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                var problems = [], root = document.documentElement, min = arguments[0];
                if (root.scrollWidth > root.clientWidth + 1) {
                  problems.push('the page scrolls sideways: ' + root.scrollWidth + 'px in ' + root.clientWidth + 'px');
                }
                document.querySelectorAll('td, th').forEach(function (c) {
                  var r = c.getBoundingClientRect(), text = c.textContent.trim();
                  if (text && r.width > 0 && r.height > 0 && r.width < min) {
                    problems.push(c.tagName.toLowerCase() + ' "' + text.slice(0, 20) + '" is ' + Math.round(r.width) + 'px wide');
                  }
                });
                return problems;
                """, minColumn);
    }

    /** Keeps what the page looked like under target/screenshots, for a person to check by eye. */
    public void screenshot(String name) {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of("target/screenshots");
            Files.createDirectories(dir);
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            Files.write(dir.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String temporaryProfile() {
        try {
            return Files.createTempDirectory("taizhang-chromium").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
