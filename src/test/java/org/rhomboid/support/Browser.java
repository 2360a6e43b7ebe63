package org.rhomboid.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and ChromeDriver, headless. Without them a developer's `./mvnw verify` skips browser
 * tests with a clear reason; under CI (CI=true), where .ci/run installs them, their absence is a failure.
 */
public final class Browser {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private Browser() {
    }

    public static WebDriver start(int width, int height) throws IOException {
        boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI must run browser tests: install chromium and chromium-driver");
        }
        Assumptions.assumeTrue(installed,
                "Browser tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=" + width + "," + height,
                "--user-data-dir=" + Files.createTempDirectory("rhomboid-chromium"));
        // A confirmation dialog stays open for the test to answer, even while FitsTheScreen measures the page.
        options.setUnhandledPromptBehaviour(org.openqa.selenium.UnexpectedAlertBehaviour.IGNORE);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        // Every page visited is checked for sideways scrolling (FitsTheScreen).
        return new org.openqa.selenium.support.events.EventFiringDecorator<WebDriver>(new FitsTheScreen(driver, width))
                .decorate(driver);
    }

    /**
     * Signs in as a test clinic's member of staff, keyboard only (Enter in the password field submits), and waits
     * for their home page (today's caseload for clinicians, the schedule for the front desk, the patients for others).
     */
    public static void signIn(WebDriver driver, int port, String email) {
        driver.get("http://localhost:" + port + "/login");
        driver.findElement(org.openqa.selenium.By.id("username")).sendKeys(email);
        driver.findElement(org.openqa.selenium.By.id("password")).sendKeys(TestClinics.PASSWORD,
                org.openqa.selenium.Keys.ENTER);
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.not(
                        org.openqa.selenium.support.ui.ExpectedConditions.urlContains("/login")));
    }

    /**
     * Clicks something that loads a new page, and waits until the old page is gone, so the next look-up can't
     * find an element of the page being left.
     */
    public static void clickAndWaitForPage(WebDriver driver, org.openqa.selenium.WebElement element) {
        org.openqa.selenium.WebElement oldPage = driver.findElement(org.openqa.selenium.By.tagName("html"));
        element.click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(oldPage));
    }

    /**
     * Answers the question an irreversible button asks (its data-confirm) and returns the question's text.
     * Cancelling must leave the page as it was: nothing is sent.
     */
    public static String answerConfirmation(WebDriver driver, boolean accept) {
        org.openqa.selenium.Alert alert = new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(5))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.alertIsPresent());
        String question = alert.getText();
        if (accept) {
            alert.accept();
        } else {
            alert.dismiss();
        }
        return question;
    }

    /** Clicks, and confirms when the button asks first (data-confirm): for tests passing through, not testing it. */
    public static void clickConfirming(WebDriver driver, org.openqa.selenium.WebElement element) {
        boolean asks = element.getAttribute("data-confirm") != null;
        element.click();
        if (asks) {
            answerConfirmation(driver, true);
        }
    }

    /** Scrolls an element to the middle of the screen, as a person would before tapping it. */
    public static org.openqa.selenium.WebElement scrollTo(WebDriver driver, org.openqa.selenium.WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        return element;
    }

    /** Kept under target/screenshots for a person to look at. */
    public static void screenshot(WebDriver driver, String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
