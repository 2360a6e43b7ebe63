package org.rhomboid.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rhomboid.account.Role;
import org.rhomboid.support.Browser;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.TestClinics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Opening and discharging an episode, and the administrator's staff and audit pages, in a real browser. */
@RhomboidIntegrationTest
class EpisodeAndAdminBrowserIT {

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

    private void signIn(String email) {
        Browser.signIn(browser, port, email);
    }

    @Test
    void aTherapistOpensAnEpisodeThenDischargesIt() throws Exception {
        TestClinics.Clinic clinic = clinics.create("Brightwater");
        browser = Browser.start(820, 1180); // a tablet held upright
        signIn(clinic.user(Role.PT).email());

        browser.get("http://localhost:" + port + "/patients/" + clinic.patient().id());
        browser.findElement(By.linkText("Open episode")).click();
        assertThat(new Select(browser.findElement(By.id("treatingTherapistId"))).getFirstSelectedOption().getText())
                .isEqualTo(clinic.user(Role.PT).displayName());
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
                browser.findElement(By.id("onsetDate")), LocalDate.now().minusDays(9).toString());
        browser.findElement(By.cssSelector("form button.primary")).click();

        // Nothing chosen for "how it began": the error sits in the fieldset, the date is still there.
        assertThat(browser.findElement(By.id("mechanism-error")).getText()).isEqualTo("Choose how it began");
        assertThat(browser.findElement(By.id("onsetDate")).getAttribute("value"))
                .isEqualTo(LocalDate.now().minusDays(9).toString());
        browser.findElement(By.cssSelector("input[value=REPETITIVE]")).click();
        browser.findElement(By.cssSelector("form button.primary")).click();

        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.urlMatches(".*/patients/[0-9a-f-]{36}$"));
        assertThat(browser.findElements(By.cssSelector(".episode.status-open"))).hasSize(2);
        Browser.screenshot(browser, "chart-episodes-tablet");

        browser.findElements(By.linkText("Change")).get(0).click();
        new Select(browser.findElement(By.id("status"))).selectByValue("DISCHARGED");
        // Discharging asks first; cancelling sends nothing and keeps the choice on the form.
        browser.findElement(By.cssSelector("form button.primary")).click();
        assertThat(Browser.answerConfirmation(browser, false)).startsWith("Discharge this episode?");
        assertThat(browser.getCurrentUrl()).endsWith("/edit");
        assertThat(new Select(browser.findElement(By.id("status"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("DISCHARGED");
        browser.findElement(By.cssSelector("form button.primary")).click();
        assertThat(Browser.answerConfirmation(browser, true)).startsWith("Discharge this episode?");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".episode.status-discharged")));
        assertThat(browser.findElement(By.cssSelector(".episode.status-discharged")).getText())
                .contains("Discharged").contains("discharged");
    }

    @Test
    void theAdministratorAddsStaffAndReadsTheAuditTrail() throws Exception {
        TestClinics.Clinic clinic = clinics.create("Adminbury");
        browser = Browser.start(820, 1180);
        signIn(clinic.user(Role.CLINIC_ADMIN).email());

        browser.findElement(By.linkText("Staff")).click();
        browser.findElement(By.id("displayName")).sendKeys("Jo Marsh, PT");
        browser.findElement(By.id("email")).sendKeys("jo.marsh@adminbury.example");
        browser.findElement(By.id("password")).sendKeys("short");
        browser.findElement(By.cssSelector("input[value=PT]")).click();
        browser.findElement(By.cssSelector("form[action='/admin/staff'] button.primary")).click();
        assertThat(browser.findElement(By.id("password-error")).getText()).contains("at least 12 characters");
        assertThat(browser.findElement(By.id("displayName")).getAttribute("value")).isEqualTo("Jo Marsh, PT");

        browser.findElement(By.id("password")).sendKeys("a-much-longer-password");
        browser.findElement(By.cssSelector("form[action='/admin/staff'] button.primary")).click();
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).startsWith("Added Jo Marsh, PT")
                .contains("choose their own password");
        assertThat(browser.findElement(By.tagName("table")).getText()).contains("jo.marsh@adminbury.example");

        Browser.clickAndWaitForPage(browser, browser.findElement(By.linkText("Audit trail")));
        new Select(browser.findElement(By.id("action"))).selectByValue("CREATE");
        Browser.clickAndWaitForPage(browser, browser.findElement(By.cssSelector("form.filters button.primary")));
        String trail = browser.findElement(By.tagName("table")).getText();
        assertThat(trail).contains("Create").contains("Patient").contains("Episode").doesNotContain("Read")
                .as("labels, not enum names").doesNotContain("CREATE");
        Browser.screenshot(browser, "audit-trail");
    }
}
