package org.rhomboid.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rhomboid.account.Role;
import org.rhomboid.support.Browser;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.SignedEvaluation;
import org.rhomboid.support.StoredNotes;
import org.rhomboid.support.TestClinics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A therapist documents a full visit on a tablet — services from the plan, minutes, units updating as they type,
 * signing — then the next visit starts from it, falls on the tenth treatment day of a Medicare patient, and waits
 * for the progress report.
 */
@RhomboidIntegrationTest
class VisitBrowserIT {

    private static final LocalDate TODAY = LocalDate.now();

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;
    @Autowired
    @Qualifier("migrationDataSource")
    DataSource owner;

    WebDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    private void type(String id, String text) {
        WebElement field = Browser.scrollTo(browser, browser.findElement(By.id(id)));
        field.clear();
        field.sendKeys(text);
    }

    private void date(String id, LocalDate value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
                browser.findElement(By.id(id)), value.toString());
    }

    private void click(String id) {
        Browser.clickConfirming(browser, Browser.scrollTo(browser, browser.findElement(By.id(id))));
    }

    @Test
    void aFullVisitThenTheProgressReportOnTheTenthTreatmentDay() throws Exception {
        TestClinics.Clinic clinic = clinics.create("Visitdale");
        SignedEvaluation.sign(port, clinic, TODAY.minusDays(20));
        // The evaluation and seven treatment days are already documented.
        for (int d = 9; d >= 3; d--) {
            StoredNotes.signed(owner, clinic, TODAY.minusDays(d));
        }
        browser = Browser.start(820, 1180);
        Browser.signIn(browser, port, clinic.user(Role.PT).email());
        browser.get("http://localhost:" + port + "/episodes/" + clinic.episode().id());
        click("open-notes");
        click("start-daily-note");

        // Treatment day 9: the progress report is due soon.
        date("visitDate", TODAY.minusDays(2));
        type("painToday", "4");
        type("patientReport", "Sat through a full workday");
        new Select(browser.findElement(By.id("i0.code"))).selectByValue("97112");
        type("i0.minutes", "24");
        type("i0.e0.name", "Prone Y");
        type("i0.e0.sets", "3");
        type("i0.e0.reps", "10");
        new Select(browser.findElement(By.id("i1.code"))).selectByValue("97110");
        type("i1.minutes", "23");
        // Units follow the minutes as they are typed: 47 timed minutes are 3 units, 2 for the longer service.
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("coding-totals"), "3 timed units"));
        assertThat(browser.findElement(By.cssSelector("#coding tr[data-code='97112'] .units")).getText()).isEqualTo("2");
        type("i1.minutes", "5");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("coding-totals"), "2 timed units"));
        type("i1.minutes", "23");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("coding-totals"), "3 timed units"));
        type("totalTreatmentMinutes", "52");
        type("assessment", "Better rotation; tolerating loaded extension.");
        click("save-note");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("schedule")));
        assertThat(browser.findElement(By.id("schedule")).getText()).contains("Treatment day 9");
        Browser.screenshot(browser, "daily-note-live-units");
        click("sign-note");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("hash-check")));
        assertThat(browser.findElement(By.cssSelector("article.note")).getText()).contains("97112 × 2 (GP)")
                .contains("Prone Y");

        // The next visit starts from this one's services and exercises, not its minutes or assessment (those are
        // the day's own); it is the tenth treatment day, so it waits for the report.
        browser.get("http://localhost:" + port + "/episodes/" + clinic.episode().id() + "/notes");
        click("start-daily-note");
        assertThat(browser.findElement(By.id("i0.e0.name")).getAttribute("value")).isEqualTo("Prone Y");
        assertThat(browser.findElement(By.id("i1.code")).getAttribute("value")).isEqualTo("97110");
        assertThat(browser.findElement(By.id("i1.minutes")).getAttribute("value")).isEmpty();
        assertThat(browser.findElement(By.id("assessment")).getAttribute("value")).isEmpty();
        assertThat(browser.findElement(By.id("patientReport")).getAttribute("value")).isEmpty();
        assertThat(browser.findElement(By.id("last-assessment")).getText())
                .isEqualTo("Better rotation; tolerating loaded extension.");
        String dailyNote = browser.getCurrentUrl();
        date("visitDate", TODAY.minusDays(1));
        type("patientReport", "Sleeping through the night");
        type("i0.minutes", "30");
        type("i1.minutes", "23");
        type("totalTreatmentMinutes", "50");
        click("copy-assessment");
        assertThat(browser.findElement(By.id("assessment")).getAttribute("value"))
                .isEqualTo("Better rotation; tolerating loaded extension.");
        click("sign-note");
        // 30 + 23 timed minutes are more than the 50 typed as the total: refused beside the field.
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
        assertThat(browser.findElement(By.id("error-summary")).getText()).contains("Not signed yet");
        type("totalTreatmentMinutes", "60");
        click("sign-note");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("sign-refusal")));
        assertThat(browser.findElement(By.id("sign-refusal")).getText()).contains("write the progress report");
        assertThat(browser.findElement(By.id("patientReport")).getAttribute("value"))
                .as("nothing typed is lost").isEqualTo("Sleeping through the night");

        click("write-progress-report");
        waiting().until(ExpectedConditions.titleContains("Progress report"));
        date("visitDate", TODAY.minusDays(1));
        WebElement status = browser.findElement(By.cssSelector("select[id$='.status']"));
        new Select(Browser.scrollTo(browser, status)).selectByValue("PROGRESSING");
        WebElement comment = browser.findElement(By.cssSelector("input[id$='.comment']"));
        comment.sendKeys("Sits 4 hours now");
        type("assessment", "Steady progress toward the sitting goal.");
        type("plan", "Continue twice weekly for 4 weeks.");
        click("sign-note");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("hash-check")));
        assertThat(browser.findElement(By.cssSelector("article.note")).getText()).contains("Sits 4 hours now")
                .contains("Numeric Pain Rating Scale");
        Browser.screenshot(browser, "progress-report-signed");

        browser.get(dailyNote);
        assertThat(browser.findElement(By.id("schedule")).getText()).contains("Progress report written");
        click("sign-note");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("hash-check")));
        assertThat(browser.findElement(By.cssSelector("article.note")).getText()).contains("Sleeping through the night");
    }
}
