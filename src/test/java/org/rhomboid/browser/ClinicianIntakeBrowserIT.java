package org.rhomboid.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import org.rhomboid.intake.domain.IntakeFindings;
import org.rhomboid.screening.domain.Finding;
import org.rhomboid.support.Browser;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.TestClinics;
import org.rhomboid.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The patient filled in a paper form instead of the link: on a tablet the therapist enters it from the evaluation
 * page, and the goal they add is linked to what the patient wants.
 */
@RhomboidIntegrationTest
class ClinicianIntakeBrowserIT {

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

    private void click(By by) {
        Browser.scrollTo(browser, browser.findElement(by)).click();
    }

    private void type(By by, String text) {
        Browser.scrollTo(browser, browser.findElement(by)).sendKeys(text);
    }

    @Test
    void aTherapistEntersThePaperIntakeAndLinksAGoalToIt() throws Exception {
        TestClinics.Clinic clinic = clinics.create("Papermoor");
        String episode = "/episodes/" + clinic.episode().id();
        WebSession therapist = WebSession.signIn(port, clinic.user(Role.PT).email(), TestClinics.PASSWORD);
        LocalDate today = LocalDate.now();
        assertThat(therapist.postMulti(episode + "/plan", Map.of("diagnoses", List.of("M54.6"),
                "frequency", List.of("2"), "duration", List.of("8"), "startDate", List.of(today.toString()),
                "certification", List.of("SIGNED_PLAN"), "signatureReceived", List.of(today.toString()),
                "intervention", List.of("MOBILITY_EXERCISE")), episode + "/evaluation").status()).isEqualTo(302);

        browser = Browser.start(820, 1180); // a tablet held upright
        Browser.signIn(browser, port, clinic.user(Role.PT).email());
        browser.get("http://localhost:" + port + episode + "/evaluation");
        assertThat(new Select(browser.findElement(By.id("relevantTo"))).getOptions()).as("no intake, nothing to link")
                .hasSize(1);
        Browser.clickAndWaitForPage(browser, Browser.scrollTo(browser, browser.findElement(By.id("take-intake"))));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Intake for Quinn Papermoor");

        // How the answers came, then the patient's answers from their paper form.
        click(By.id("takenBy-PAPER_FORM"));
        Browser.screenshot(browser, "intake-taken-by-therapist");
        click(By.id("region-INTERSCAPULAR"));
        new Select(browser.findElement(By.name("painType.INTERSCAPULAR"))).selectByValue("ACHING");
        type(By.id("painNow"), "5");
        type(By.id("painBest"), "2");
        type(By.id("painWorst"), "8");
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
                browser.findElement(By.id("onsetDate")), today.minusWeeks(4).toString());
        click(By.cssSelector("input[name=onset][value=GRADUAL]"));
        String[][] psfs = {{"Walking the dog", "4"}, {"Reading in bed", "3"}, {"Hanging washing", "5"}};
        for (int i = 0; i < psfs.length; i++) {
            type(By.id("psfs-" + i + "-activity"), psfs[i][0]);
            type(By.id("psfs-" + i + "-score"), psfs[i][1]);
        }
        click(By.id("noKnownAllergies"));
        Browser.screenshot(browser, "intake-allergies");
        click(By.cssSelector("input[name=implantedDevice][value=no]"));
        click(By.cssSelector("input[name=pregnant][value=no]"));
        for (Finding question : IntakeFindings.redFlagQuestions()) {
            click(By.cssSelector("input[name='flag." + question.name() + "'][value=no]"));
        }
        type(By.id("goals"), "Walk the dog to the harbour again");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("save-status"), "Saved"));
        Browser.screenshot(browser, "intake-entered-by-therapist");
        Browser.clickAndWaitForPage(browser, Browser.scrollTo(browser, browser.findElement(By.id("submit-intake"))));

        // Screened like the patient's own intake; the episode says who entered it and how.
        assertThat(browser.findElement(By.cssSelector(".alert")).getText()).contains("Intake submitted");
        assertThat(browser.findElement(By.id("intake-taken-by")).getText()).isEqualTo("Intake entered by "
                + clinic.user(Role.PT).displayName() + " from the patient’s paper form.");
        assertThat(browser.findElement(By.id("screening")).getText()).contains("Treat");

        // The goal is linked to what the patient wants.
        Browser.clickAndWaitForPage(browser, browser.findElement(By.id("open-evaluation")));
        Select relevantTo = new Select(browser.findElement(By.id("relevantTo")));
        assertThat(relevantTo.getOptions()).extracting(WebElement::getText).contains("Walking the dog",
                "Walk the dog to the harbour again");
        type(By.id("activity"), "walk for 30 minutes");
        new Select(browser.findElement(By.id("instrument"))).selectByValue("NPRS");
        type(By.id("baseline"), "8");
        type(By.id("target"), "3");
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
                browser.findElement(By.id("deadline")), today.plusWeeks(6).toString());
        new Select(browser.findElement(By.id("term"))).selectByValue("LONG_TERM");
        type(By.id("participation"), "walk the dog to the harbour");
        relevantTo.selectByValue("Walk the dog to the harbour again");
        click(By.id("add-goal"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("goals"),
                "Patient will walk for 30 minutes with NPRS ≤ 3/10 (baseline 8/10)"));
        Browser.screenshot(browser, "goal-from-entered-intake");
    }
}
