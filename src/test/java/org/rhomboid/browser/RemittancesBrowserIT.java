package org.rhomboid.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rhomboid.account.Role;
import org.rhomboid.remittance.RemittanceFiles;
import org.rhomboid.support.Browser;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.TestClinics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The biller's remittances page: a malformed 835 uploaded is refused with the segment and its position beside the
 * file field and nothing posted; the corrected file is posted (its claim IDs none the clinic sent), shows as a
 * payment with its amount, and its three claims wait in the queue to match by hand; uploading it again changes
 * nothing.
 */
@RhomboidIntegrationTest
class RemittancesBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;
    @Autowired
    @Qualifier("migrationDataSource")
    javax.sql.DataSource owner;

    WebDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void upload(Path file) {
        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        Browser.clickAndWaitForPage(browser, browser.findElement(By.id("post-remittance")));
    }

    @Test
    void theBillerUploadsAnEraSeesThePaymentAndTheClaimsToMatchByHand() throws Exception {
        TestClinics.Clinic clinic = clinics.create("Remitpage");
        String trace = "EFTPAGE" + clinic.id().toString().substring(0, 8).toUpperCase();
        Path good = Files.createTempFile("era", ".835");
        Files.writeString(good, RemittanceFiles.read("era-acme.835").replace("EFT20261207001", trace),
                StandardCharsets.US_ASCII);
        Path broken = Files.createTempFile("era-broken", ".835");
        Files.writeString(broken, RemittanceFiles.read("era-malformed.835").replace("EFT20261207001", trace),
                StandardCharsets.US_ASCII);
        try {
            browser = Browser.start(1280, 900);
            Browser.signIn(browser, port, clinic.user(Role.BILLER).email());
            browser.get("http://localhost:" + port + "/billing/claims");
            Browser.clickAndWaitForPage(browser, browser.findElement(By.linkText("Remittances")));
            assertThat(browser.findElement(By.id("no-remittances")).getText()).contains("No remittance posted");

            upload(broken);
            WebElement problem = browser.findElement(By.id("file-problem"));
            assertThat(problem.getText()).contains("Nothing was posted", "Segment CAS at position 20", "'3X4'");
            assertThat(browser.findElement(By.id("file")).getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(JdbcClient.create(owner).sql("select count(*) from remittance where clinic_id = :c")
                    .param("c", clinic.id()).query(Long.class).single()).isZero();

            upload(good);
            new WebDriverWait(browser, Duration.ofSeconds(15))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("remittances")));
            assertThat(browser.findElement(By.id("notice")).getText())
                    .isEqualTo("Posted payment " + trace + ": 3 claims, 3 to match by hand.");
            List<WebElement> rows = browser.findElements(By.cssSelector("#remittances tbody tr"));
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).getText()).contains(trace, "ACME HEALTH PLAN", "Electronic transfer", "$196.75");
            List<WebElement> queue = browser.findElements(By.cssSelector("#unmatched tbody tr"));
            assertThat(queue).extracting(WebElement::getText).hasSize(3)
                    .anySatisfy(row -> assertThat(row).contains("CLAIMC000003", "Whole claim", "$114.00", "$0.00"));
            Browser.screenshot(browser, "remittances");

            upload(good);
            assertThat(browser.findElement(By.id("notice")).getText()).contains("was posted before; nothing changed");
            assertThat(browser.findElements(By.cssSelector("#remittances tbody tr"))).hasSize(1);
        } finally {
            Files.deleteIfExists(good);
            Files.deleteIfExists(broken);
        }
    }
}
