package org.rhomboid.browser;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.rhomboid.support.ApiClient;
import org.rhomboid.support.Browser;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.TestClinics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The biller's remittances page: an 835 posted through the API (its claim IDs none the clinic sent) shows as a
 * posted payment with its amount, and its three claims wait in the queue to match by hand.
 */
@RhomboidIntegrationTest
class RemittancesBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;

    WebDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theBillerSeesThePostedPaymentAndTheClaimsToMatchByHand() throws Exception {
        TestClinics.Clinic clinic = clinics.create("Remitpage");
        String trace = "EFTPAGE" + clinic.id().toString().substring(0, 8).toUpperCase();
        String era = RemittanceFiles.read("era-acme.835").replace("EFT20261207001", trace);
        ApiClient api = ApiClient.signedIn(port, clinic.user(Role.BILLER).email(), TestClinics.PASSWORD);
        ApiClient.Response posted = api.send("POST", "/api/v1/billing/remittances", era, "application/edi-x12");
        assertThat(posted.status()).as(posted.body()).isEqualTo(200);

        browser = Browser.start(1280, 900);
        Browser.signIn(browser, port, clinic.user(Role.BILLER).email());
        browser.get("http://localhost:" + port + "/billing/remittances");
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("remittances")));
        List<WebElement> rows = browser.findElements(By.cssSelector("#remittances tbody tr"));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getText()).contains(trace, "ACME HEALTH PLAN", "Electronic transfer", "$196.75");
        List<WebElement> queue = browser.findElements(By.cssSelector("#unmatched tbody tr"));
        assertThat(queue).extracting(WebElement::getText).hasSize(3)
                .anySatisfy(row -> assertThat(row).contains("CLAIMC000003", "Whole claim", "$114.00", "$0.00"));
        Browser.screenshot(browser, "remittances");
    }
}
