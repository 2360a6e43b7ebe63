package org.rhomboid.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rhomboid.bootstrap.DemoClinic;
import org.rhomboid.support.Browser;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The front-door flow in a real browser, on a tablet-sized window. */
@RhomboidIntegrationTest
class PatientRegistrationBrowserIT {

    @LocalServerPort
    int port;

    WebDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    /** Date inputs take locale-specific keystrokes; setting the value is what a date picker does. */
    private void setDate(WebElement input, LocalDate date) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", input, date.toString());
    }

    @Test
    void theDemoTherapistFindsAPatientAndRegistersANewOneAfterFixingABirthDate() throws Exception {
        browser = Browser.start(820, 1180);
        browser.get(url("/patients"));
        assertThat(browser.getCurrentUrl()).endsWith("/login");

        browser.findElement(By.id("username")).sendKeys(DemoClinic.PT_EMAIL);
        browser.findElement(By.id("password")).sendKeys(DemoClinic.PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        // The therapist lands on today's caseload, the clinician's home; the patient list is one link away.
        waiting().until(ExpectedConditions.urlContains("/today"));
        Browser.clickAndWaitForPage(browser, browser.findElement(By.linkText("Patients")));
        waiting().until(ExpectedConditions.urlContains("/patients"));

        // Live search: typing is enough, htmx swaps in the results.
        browser.findElement(By.id("query")).sendKeys("smith");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("results"), "2 found"));
        assertThat(browser.findElement(By.id("results")).getText()).contains("Smith, John").contains("Smith, Emily")
                .doesNotContain("Ellison");
        assertThat(browser.getCurrentUrl()).doesNotContain("smith");
        Browser.screenshot(browser, "patients-search");

        browser.findElement(By.linkText("New patient")).click();
        browser.findElement(By.id("givenName")).sendKeys("Winifred");
        browser.findElement(By.id("familyName")).sendKeys("Ashcombe");
        setDate(browser.findElement(By.id("birthDate")), LocalDate.now().plusDays(10));
        new Select(browser.findElement(By.id("sex"))).selectByValue("FEMALE");
        new Select(browser.findElement(By.id("primaryPayer"))).selectByValue("MEDICARE");
        browser.findElement(By.id("memberId")).sendKeys("3AB4CD5EF67");
        browser.findElement(By.id("referringProviderName")).sendKeys("Dr. Alan Brooks");
        browser.findElement(By.id("referringProviderNpi")).sendKeys("1234567893");
        browser.findElement(By.cssSelector("form button.primary")).click();

        WebElement error = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("birthDate-error")));
        assertThat(error.getText()).isEqualTo("Date of birth can’t be in the future");
        assertThat(browser.findElement(By.id("familyName")).getAttribute("value")).isEqualTo("Ashcombe");
        assertThat(browser.findElement(By.id("memberId")).getAttribute("value")).isEqualTo("3AB4CD5EF67");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("birthDate");
        Browser.screenshot(browser, "patient-form-error");

        setDate(browser.findElement(By.id("birthDate")), LocalDate.of(1948, 6, 2));
        browser.findElement(By.cssSelector("form button.primary")).click();

        waiting().until(ExpectedConditions.urlMatches(".*/patients/[0-9a-f-]{36}$"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Winifred Ashcombe");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Medicare").contains("NPI 1234567893")
                .contains("No episode yet");
        Browser.screenshot(browser, "patient-chart");
    }
}
