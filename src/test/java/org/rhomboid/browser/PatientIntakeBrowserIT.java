package org.rhomboid.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rhomboid.account.Role;
import org.rhomboid.intake.domain.IntakeFindings;
import org.rhomboid.intake.domain.RedFlagGroup;
import org.rhomboid.screening.domain.Finding;
import org.rhomboid.support.Browser;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.TestClinics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The patient fills the intake on a phone; the therapist sees the red flags in the chart. */
@RhomboidIntegrationTest
class PatientIntakeBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;

    /** The marked colour of a body-chart region, and the colour of its keyboard focus ring. */
    static final String MARKED = "rgb(249, 115, 22)";
    static final String FOCUS_RING = "rgb(30, 27, 75)";

    WebDriver therapist;
    WebDriver phone;

    @AfterEach
    void close() {
        for (WebDriver driver : new WebDriver[] {therapist, phone}) {
            if (driver != null) {
                driver.quit();
            }
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Brings an element to the middle of the small screen (clear of the sticky buttons) and taps it. */
    private void tap(WebDriver driver, WebElement element) {
        Browser.scrollTo(driver, element).click();
    }

    @Test
    void aPatientMarksTheirPainOnAPhoneAndTheTherapistSeesTheFlags() throws Exception {
        TestClinics.Clinic clinic = clinics.create("Phonewright");
        therapist = Browser.start(820, 1180);
        Browser.signIn(therapist, port, clinic.user(Role.PT).email());
        therapist.get(url("/episodes/" + clinic.episode().id()));
        therapist.findElement(By.cssSelector("form[action$='/intake-link'] button")).click();
        String link = therapist.findElement(By.id("intake-url")).getAttribute("value");
        // Shown once: the whole link is visible (not cut off in a one-line field) and can be copied with a button.
        assertThat(link).startsWith("http").contains("/intake/");
        assertThat((Boolean) ((org.openqa.selenium.JavascriptExecutor) therapist).executeScript(
                "var f = document.getElementById('intake-url');"
                        + " return f.scrollHeight <= f.clientHeight + 1 && f.scrollWidth <= f.clientWidth + 1;"))
                .as("the whole link fits its field").isTrue();
        therapist.findElement(By.id("copy-intake-url")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(therapist, java.time.Duration.ofSeconds(5)).until(d ->
                !d.findElement(By.cssSelector(".copy-status")).getText().isEmpty());
        assertThat(therapist.findElement(By.cssSelector(".copy-status")).getText()).matches("Copied\\.|Selected.*");

        phone = Browser.start(390, 844);
        phone.get(url(URI.create(link).getPath()));
        assertThat(phone.findElement(By.tagName("h1")).getText()).contains("Quinn");

        // Every region of the chart, and every yes/no answer, is a target of at least 44×44 CSS px on the phone.
        JavascriptExecutor js = (JavascriptExecutor) phone;
        @SuppressWarnings("unchecked")
        java.util.List<java.util.Map<String, Object>> targets = (java.util.List<java.util.Map<String, Object>>) js.executeScript(
                "return Array.from(document.querySelectorAll('.bodychart.interactive rect.region, #safety .choice'))"
                        + ".map(function (e) { var r = e.getBoundingClientRect();"
                        + " return {name: e.getAttribute('aria-label') || e.textContent.trim(), w: r.width, h: r.height}; });");
        assertThat(targets).hasSizeGreaterThan(28 + 2 * IntakeFindings.redFlagQuestions().size());
        assertThat(targets).allSatisfy(t -> assertThat(((Number) t.get("w")).doubleValue()).as(t.get("name") + " width")
                .isGreaterThanOrEqualTo(44));
        assertThat(targets).allSatisfy(t -> assertThat(((Number) t.get("h")).doubleValue()).as(t.get("name") + " height")
                .isGreaterThanOrEqualTo(44));

        // Two regions: one tapped on the back view, one chosen with the keyboard on the front view. Each shows the
        // marked colour at once (not a hover or focus tint); the keyboard focus ring is a separate outline.
        WebElement interscapular = phone.findElement(By.cssSelector("rect[data-region='INTERSCAPULAR']"));
        tap(phone, interscapular);
        assertThat(interscapular.getCssValue("fill")).isEqualTo(MARKED);
        WebElement ribs = phone.findElements(By.cssSelector("rect[data-region='LEFT_RIB_CHEST_WALL']")).get(0);
        js.executeScript("arguments[0].focus()", ribs);
        ribs.sendKeys(Keys.SPACE);
        assertThat(ribs.getAttribute("aria-checked")).isEqualTo("true");
        assertThat(ribs.getCssValue("fill")).isEqualTo(MARKED);
        assertThat(ribs.getCssValue("stroke")).as("focus ring").isEqualTo(FOCUS_RING);
        assertThat(phone.findElement(By.id("region-INTERSCAPULAR")).isSelected()).isTrue();
        ribs.sendKeys(Keys.TAB);
        assertThat(ribs.getCssValue("stroke")).as("ring gone with the focus").isNotEqualTo(FOCUS_RING);
        assertThat(ribs.getCssValue("fill")).isEqualTo(MARKED);
        new Select(phone.findElement(By.name("painType.INTERSCAPULAR"))).selectByValue("ACHING");
        new Select(phone.findElement(By.name("painType.LEFT_RIB_CHEST_WALL"))).selectByValue("BAND_LIKE");
        Browser.scrollTo(phone, interscapular);
        Browser.screenshot(phone, "intake-phone-body-chart");

        phone.findElement(By.id("painNow")).sendKeys("6");
        phone.findElement(By.id("painBest")).sendKeys("3");
        phone.findElement(By.id("painWorst")).sendKeys("9");
        ((JavascriptExecutor) phone).executeScript("arguments[0].value = arguments[1]",
                phone.findElement(By.id("onsetDate")), LocalDate.now().minusWeeks(6).toString());
        tap(phone, phone.findElement(By.cssSelector("input[name=onset][value=GRADUAL]")));
        String[][] psfs = {{"Reaching into high cupboards", "4"}, {"Sleeping through the night", "2"},
                {"Carrying groceries", "5"}};
        for (int i = 0; i < psfs.length; i++) {
            phone.findElement(By.id("psfs-" + i + "-activity")).sendKeys(psfs[i][0]);
            phone.findElement(By.id("psfs-" + i + "-score")).sendKeys(psfs[i][1]);
        }
        phone.findElement(By.id("allergies")).sendKeys("Codeine — nausea");
        tap(phone, phone.findElement(By.cssSelector("input[name=implantedDevice][value=no]")));
        tap(phone, phone.findElement(By.cssSelector("input[name=pregnant][value=no]")));
        phone.findElement(By.id("goals")).sendKeys("Sleep through the night and get back to gardening");
        // Progress was saved as the patient went.
        new WebDriverWait(phone, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("save-status"), "Saved"));

        // Sent before the important questions are answered: each open question and its group say so ...
        tap(phone, phone.findElement(By.cssSelector("button[value=submit]")));
        new WebDriverWait(phone, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
        assertThat(phone.findElement(By.cssSelector("#q-FEVER .error")).getText()).isEqualTo("Please answer yes or no");
        assertThat(phone.findElement(By.cssSelector("#group-GENERAL > .error")).getText()).contains("None of these");
        // ... and each message goes as soon as the question is answered (the group's once none is left open).
        tap(phone, phone.findElement(By.cssSelector("input[name='flag.FEVER'][value=no]")));
        assertThat(phone.findElements(By.cssSelector("#q-FEVER .error"))).isEmpty();
        assertThat(phone.findElement(By.id("q-FEVER")).getAttribute("class")).doesNotContain("invalid");
        assertThat(phone.findElements(By.cssSelector("#group-GENERAL > .error"))).hasSize(1);
        for (RedFlagGroup group : new RedFlagGroup[] {RedFlagGroup.GENERAL, RedFlagGroup.PAIN_PATTERN}) {
            for (Finding question : group.questions()) {
                boolean yes = question == Finding.UNEXPLAINED_WEIGHT_LOSS || question == Finding.NIGHT_PAIN_UNRELENTING;
                tap(phone, phone.findElement(By.cssSelector(
                        "input[name='flag." + question.name() + "'][value=" + (yes ? "yes" : "no") + "]")));
            }
            assertThat(phone.findElements(By.cssSelector("#group-" + group.name() + " .error"))).isEmpty();
        }
        // Every other group: one tap on "None of these" answers each of its questions no.
        for (RedFlagGroup group : RedFlagGroup.values()) {
            if (group == RedFlagGroup.GENERAL || group == RedFlagGroup.PAIN_PATTERN) {
                continue;
            }
            tap(phone, phone.findElement(By.id("none-" + group.name())));
            assertThat(phone.findElements(By.cssSelector("#group-" + group.name() + " .error"))).isEmpty();
            for (Finding question : group.questions()) {
                assertThat(phone.findElement(By.cssSelector("input[name='flag." + question.name() + "'][value=no]"))
                        .isSelected()).isTrue();
            }
        }
        Browser.screenshot(phone, "intake-phone-red-flags");
        tap(phone, phone.findElement(By.cssSelector("button[value=submit]")));
        new WebDriverWait(phone, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Thank you"));

        therapist.get(url("/patients/" + clinic.patient().id()));
        WebElement banner = therapist.findElement(By.cssSelector(".disposition"));
        assertThat(banner.getText()).contains("Urgent referral").contains("Spinal malignancy");
        therapist.findElement(By.linkText("Open screening")).click();
        String page = therapist.findElement(By.tagName("main")).getText();
        assertThat(page).contains("Urgent referral").contains("Unexplained weight loss")
                .contains("Night pain unrelenting").contains("Between the shoulder blades").contains("Band-like")
                .contains("Codeine — nausea");
        assertThat(therapist.findElements(By.cssSelector(".bodychart rect.region.selected"))).hasSize(2);
        Browser.screenshot(therapist, "episode-screening");
    }
}
