package org.rhomboid.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rhomboid.account.Role;
import org.rhomboid.outcome.domain.OutcomeInstrument;
import org.rhomboid.support.Browser;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.TestClinics;
import org.rhomboid.support.TestWording;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A therapist records two NDI and two NPRS results and reads the trend charts, on a tablet. */
@RhomboidIntegrationTest
class ProgressBrowserIT {

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

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    private void record(String instrument, LocalDate on, List<String> responses) {
        WebElement details = browser.findElement(By.id("record-" + instrument));
        if (details.getAttribute("open") == null) {
            WebElement summary = details.findElement(By.tagName("summary"));
            Browser.scrollTo(browser, summary);
            summary.click();
        }
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
                browser.findElement(By.id("on-" + instrument)), on.toString());
        for (int i = 0; i < responses.size(); i++) {
            WebElement input = browser.findElement(By.id(instrument + "-r" + i));
            input.clear();
            input.sendKeys(responses.get(i));
        }
        WebElement save = browser.findElement(By.id("save-" + instrument));
        Browser.scrollTo(browser, save);
        save.click();
    }

    @Test
    void twoResultsMakeATrendWithTheMcidBand() throws Exception {
        TestClinics.Clinic clinic = clinics.create("Trendwell");
        browser = Browser.start(820, 1180);
        Browser.signIn(browser, port, clinic.user(Role.PTA).email());
        browser.get("http://localhost:" + port + "/episodes/" + clinic.episode().id());
        browser.findElement(By.id("open-progress")).click();

        LocalDate first = LocalDate.now().minusDays(14);
        // A slip of the finger: 9 is not an NDI answer. The message sits beside it; the other answers stay.
        record("NDI", first, List.of("3", "2", "9", "1", "0", "2", "3", "1", "2", "2"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#record-NDI .alert.error")));
        assertThat(browser.findElement(By.id("record-NDI")).getText()).contains("NDI item 3 (lifting)");
        assertThat(browser.findElement(By.id("NDI-r1")).getAttribute("value")).isEqualTo("2");
        WebElement third = browser.findElement(By.id("NDI-r2"));
        third.clear();
        record("NDI", first, List.of("3", "2", "", "1", "0", "2", "3", "1", "2", "2"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert"), "NDI recorded"));
        record("NDI", LocalDate.now(), List.of("1", "1", "1", "0", "0", "1", "1", "0", "1", "1"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#NDI svg circle:nth-of-type(2)")));
        record("NPRS", first, List.of("6", "3", "8"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert"), "NPRS recorded"));
        record("NPRS", LocalDate.now(), List.of("5", "3", "7"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#NPRS svg circle:nth-of-type(2)")));

        WebElement ndi = browser.findElement(By.id("NDI"));
        assertThat(ndi.findElements(By.cssSelector("svg circle"))).hasSize(2);
        assertThat(ndi.findElements(By.cssSelector("svg .mcid-band"))).hasSize(1);
        assertThat(ndi.findElement(By.cssSelector("svg")).getAttribute("aria-label"))
                .startsWith("Neck Disability Index (%): 35.6% on").contains("14% on");
        assertThat(ndi.getText()).contains("Baseline").contains("Latest").contains("reaches the MCID of 10")
                .contains("improved");
        WebElement nprs = browser.findElement(By.id("NPRS"));
        assertThat(nprs.findElements(By.cssSelector("svg circle"))).hasSize(2);
        assertThat(nprs.getText()).contains("does not reach the MCID of 2").contains("no important change yet");
        Browser.scrollTo(browser, ndi);
        Browser.screenshot(browser, "progress-trend-charts");
    }

    @Test
    void thePatientAnswersOnTheirPhoneAndTheTherapistSeesItOnTheProgressPage() throws Exception {
        TestClinics.Clinic clinic = clinics.create("Phonebury");
        // The NDI is copyrighted: the clinic's administrator loads the wording it is licensed for (placeholder here).
        Path file = Files.createTempFile("ndi", ".txt");
        Files.writeString(file, TestWording.of(OutcomeInstrument.NDI), StandardCharsets.UTF_8);
        browser = Browser.start(820, 1180);
        Browser.signIn(browser, port, clinic.user(Role.CLINIC_ADMIN).email());
        browser.get("http://localhost:" + port + "/admin/questionnaires");
        assertThat(browser.findElement(By.id("wording-NDI")).getText()).contains("Not loaded");
        browser.findElement(By.id("file-NDI")).sendKeys(file.toAbsolutePath().toString());
        WebElement load = browser.findElement(By.id("load-NDI"));
        Browser.scrollTo(browser, load);
        load.click();
        assertThat(waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("notice"))).getText())
                .contains("The NDI wording is loaded");
        assertThat(browser.findElement(By.id("wording-NDI")).getText()).contains("Loaded: 10 items");
        assertThat((Boolean) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth"
                + " <= document.documentElement.clientWidth")).as("fits a tablet without scrolling sideways").isTrue();
        Browser.screenshot(browser, "licensed-questionnaire-wording");
        browser.quit();
        Files.delete(file);
        browser = Browser.start(820, 1180);
        Browser.signIn(browser, port, clinic.user(Role.PT).email());
        browser.get("http://localhost:" + port + "/episodes/" + clinic.episode().id() + "/outcomes");
        WebElement nprs = browser.findElement(By.id("ask-NPRS"));
        Browser.scrollTo(browser, nprs);
        nprs.click(); // NPRS, NDI and GROC are ticked by default; this visit asks for NDI and GROC only
        browser.findElement(By.id("send-measures")).click();
        String link = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("measures-url")))
                .getAttribute("value");
        browser.quit();

        // The patient, on a phone, taps one answer per question (keyboard works too: Space on a focused radio).
        browser = Browser.start(390, 844);
        browser.get(link);
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Hello Quinn");
        int[] ndi = {2, 1, 1, 2, 0, 1, 2, -1, 1, 1};
        for (int i = 0; i < ndi.length; i++) {
            if (ndi[i] >= 0) {
                tap(By.cssSelector("input[name='NDI." + i + "'][value='" + ndi[i] + "']"));
            }
        }
        WebElement send = browser.findElement(By.id("send"));
        Browser.scrollTo(browser, send);
        send.click();
        // GROC was forgotten: the message sits beside it and every NDI answer is still chosen.
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
        assertThat(browser.findElement(By.cssSelector("fieldset[data-field='GROC.0']")).getText())
                .contains("Please answer this question");
        assertThat(browser.findElement(By.cssSelector("input[name='NDI.3'][value='2']")).isSelected()).isTrue();
        Browser.screenshot(browser, "patient-measures-phone");
        WebElement better = browser.findElement(By.cssSelector("input[name='GROC.0'][value='3']"));
        Browser.scrollTo(browser, better);
        better.sendKeys(" ");
        send = browser.findElement(By.id("send"));
        Browser.scrollTo(browser, send);
        send.click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Thank you"));
        browser.quit();

        browser = Browser.start(820, 1180);
        Browser.signIn(browser, port, clinic.user(Role.PT).email());
        browser.get("http://localhost:" + port + "/episodes/" + clinic.episode().id() + "/outcomes");
        WebElement result = browser.findElement(By.id("NDI"));
        assertThat(result.getText()).contains("Patient, by link").contains("24.4 %");
        assertThat(browser.findElement(By.id("send")).getText()).contains("Answered");
    }

    private void tap(By answer) {
        WebElement radio = browser.findElement(answer);
        Browser.scrollTo(browser, radio);
        radio.findElement(By.xpath("./ancestor::label")).click();
    }

    @Test
    void aTherapistReadsAndFiltersTheClinicOutcomes() throws Exception {
        TestClinics.Clinic clinic = clinics.create("Dashford");
        browser = Browser.start(820, 1180);
        Browser.signIn(browser, port, clinic.user(Role.PT).email());
        browser.get("http://localhost:" + port + "/episodes/" + clinic.episode().id() + "/outcomes");
        record("NDI", LocalDate.now().minusDays(10), List.of("4", "4", "4", "4", "4", "4", "4", "4", "4", "4"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert"), "NDI recorded"));
        record("NDI", LocalDate.now(), List.of("2", "2", "2", "2", "2", "2", "2", "2", "2", "2"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#NDI svg circle:nth-of-type(2)")));

        browser.findElement(By.linkText("Outcomes")).click();
        waiting().until(ExpectedConditions.urlContains("/dashboard/outcomes"));
        String table = browser.findElement(By.cssSelector(".dashboard-table")).getText();
        assertThat(table).contains("All episodes").contains(clinic.user(Role.PT).displayName())
                .contains("100% reach MCID").contains("n=1, mean change -40");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("classification")))
                .selectByValue("HYPERKYPHOSIS");
        browser.findElement(By.cssSelector("form.filters button.primary")).click();
        waiting().until(ExpectedConditions.urlContains("classification=HYPERKYPHOSIS"));
        assertThat(browser.findElement(By.cssSelector(".dashboard-table")).getText()).doesNotContain("mean change -40");
        assertThat(browser.findElement(By.id("export-csv")).getAttribute("href")).contains("/dashboard/outcomes.csv")
                .contains("classification=HYPERKYPHOSIS");
        Browser.screenshot(browser, "clinic-outcomes-dashboard");
    }
}
