package org.rhomboid.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rhomboid.account.Role;
import org.rhomboid.support.Browser;
import org.rhomboid.support.CompleteIntake;
import org.rhomboid.support.IntakeLinks;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.TestClinics;
import org.rhomboid.support.TestImages;
import org.rhomboid.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An initial evaluation end to end on a tablet: the structured exam with the palpation diagram and the posture
 * photo's angle, reasoning suggestions, a goal that fails its check and is fixed, a plan where thrust
 * manipulation is blocked for this osteoporotic patient, and the signature.
 */
@RhomboidIntegrationTest
class InitialEvaluationBrowserIT {

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

    private void setDate(String id, LocalDate date) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)),
                date.toString());
    }

    private void click(By by) {
        WebElement element = browser.findElement(by);
        Browser.scrollTo(browser, element);
        element.click();
    }

    @Test
    void aTherapistEvaluatesPlansAndSigns() throws Exception {
        TestClinics.Clinic clinic = clinics.create("Evansworth");
        String episode = "/episodes/" + clinic.episode().id();
        Map<String, List<String>> intake = CompleteIntake.fields();
        intake.put("comorbidity", List.of("OSTEOPOROSIS"));
        IntakeLinks.complete(port, WebSession.signIn(port, clinic.user(Role.FRONT_DESK).email(), TestClinics.PASSWORD),
                episode, intake);

        browser = Browser.start(820, 1180); // a tablet held upright
        Browser.signIn(browser, port, clinic.user(Role.PT).email());

        // Screening concerns first: the evaluation can't be signed until each is acknowledged.
        browser.get("http://localhost:" + port + episode);
        while (!browser.findElements(By.cssSelector(".ack-form input[name=note]")).isEmpty()) {
            WebElement note = browser.findElements(By.cssSelector(".ack-form input[name=note]")).get(0);
            note.sendKeys("Discussed with the GP; recent DEXA, no fracture signs");
            note.submit();
            waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert")));
        }
        click(By.id("open-evaluation"));
        click(By.linkText("Record the examination"));

        // Observation, then the posture photo: upload, click the tragus and C7, read the angle.
        new Select(browser.findElement(By.id("kyphosis"))).selectByValue("INCREASED");
        Path photo = Files.createTempFile("side-view", ".png");
        Files.write(photo, TestImages.posturePhoto(600, 800));
        browser.findElement(By.id("photoFile")).sendKeys(photo.toString());
        click(By.id("upload-photo"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("posture-photo")));
        assertThat(new Select(browser.findElement(By.id("kyphosis"))).getFirstSelectedOption().getText())
                .as("the form survives the upload").isEqualTo("Increased");
        WebElement image = browser.findElement(By.id("posture-photo"));
        Browser.scrollTo(browser, image);
        waiting().until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return arguments[0].complete && arguments[0].naturalWidth > 0", image));
        new Actions(browser).moveToElement(image, 120, -200).click().perform(); // tragus, forward of C7
        new Actions(browser).moveToElement(image, 0, -100).click().perform();   // C7
        String angle = browser.findElement(By.id("cva")).getText();
        assertThat(angle).matches("(39|40)\\.\\d° — below the 50° research convention for forward head posture");
        Browser.screenshot(browser, "exam-posture-photo");

        // Palpation on the spine diagram: T5 tender (2) with spasm, a trigger point by the left 5th rib.
        WebElement t5 = browser.findElement(By.cssSelector(".site[data-site=T5]"));
        Browser.scrollTo(browser, t5);
        t5.click();
        t5.sendKeys(Keys.ENTER); // keyboard works like a tap
        click(By.cssSelector("input[name=palpMode][value=spasm]"));
        t5.click();
        click(By.cssSelector("input[name=palpMode][value=trigger]"));
        click(By.cssSelector(".site[data-site=R5L]"));
        assertThat(t5.getAttribute("aria-label")).isEqualTo("T5: tenderness 2, spasm");
        assertThat(browser.findElement(By.cssSelector(".palpation-summary")).getText())
                .contains("T5: tenderness 2, spasm").contains("Rib 5 left: trigger point");
        Browser.screenshot(browser, "exam-palpation-diagram");

        new Select(browser.findElement(By.name("pa.T5"))).selectByValue("HYPO");
        browser.findElement(By.name("rom.ROTATION_LEFT")).sendKeys("30");
        new Select(browser.findElement(By.name("romUnit.ROTATION_LEFT"))).selectByValue("DEGREES");
        browser.findElement(By.id("serratus.L")).sendKeys("3");
        click(By.name("romLimited.ROTATION_LEFT"));
        new Select(browser.findElement(By.name("romPain.ROTATION_LEFT"))).selectByValue("FAMILIAR_PAIN");
        new Select(browser.findElement(By.name("test.RIB_SPRINGING"))).selectByValue("POSITIVE");
        click(By.id("save-exam"));

        // Reasoning from screening, intake and exam: this osteoporotic patient has a vertebral fracture concern open
        // and T5 is tender, so every treatment-first classification that fits is held back, each with the reason.
        waiting().until(ExpectedConditions.urlMatches(".*/evaluation$"));
        String reasoning = browser.findElement(By.id("reasoning")).getText();
        assertThat(reasoning).contains("Held back while a vertebral fracture is suspected")
                .contains("Spinous-process tenderness at T5 is a fracture sign")
                .contains("Thoracic mobility deficit").contains("Postural / movement-coordination impairment")
                .contains("Rib (costovertebral) dysfunction").contains("Hyperkyphosis")
                .doesNotContain("Likely to respond to");
        assertThat(browser.findElement(By.id("exam")).getText()).contains("T5: tenderness 2/3, spasm")
                .contains("Rib 5 left: trigger point").containsPattern("Craniovertebral angle (39|40)\\.\\d°");

        click(By.cssSelector("input[name=classification][value=THORACIC_MOBILITY_DEFICIT]"));
        new Select(browser.findElement(By.id("prognosis"))).selectByValue("GOOD");
        new Select(browser.findElement(By.id("presentation"))).selectByValue("EVOLVING");
        new Select(browser.findElement(By.id("decisionMaking"))).selectByValue("MODERATE");
        assertThat(browser.findElement(By.id("personalFactors")).getAttribute("value")).as("from the intake").isEqualTo("1");
        click(By.id("save-assessment"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("assessment"), "97162"));

        // The plan: thrust is blocked for this osteoporotic patient, with the reason beside it.
        WebElement thrust = browser.findElement(By.id("i-THORACIC_THRUST_MANIPULATION"));
        assertThat(thrust.isEnabled()).isFalse();
        assertThat(thrust.findElement(By.xpath("ancestor::tr")).getText()).contains("Contraindicated")
                .contains("Osteoporosis: thrust can fracture fragile bone");
        browser.findElement(By.id("diagnoses")).sendKeys("M54.6");
        browser.findElement(By.id("frequency")).sendKeys("2");
        browser.findElement(By.id("duration")).sendKeys("6");
        click(By.cssSelector("input[name=certification][value=SIGNED_PLAN]"));
        click(By.id("i-THORACIC_MOBILIZATION_GRADE_III_IV"));
        click(By.id("i-MOBILITY_EXERCISE"));
        click(By.id("save-plan"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("plan"), "The plan was not saved"));
        assertThat(browser.findElement(By.id("plan")).getText())
                .contains("Write how you will adapt it");
        assertThat(browser.findElement(By.id("diagnoses")).getAttribute("value")).isEqualTo("M54.6");
        browser.findElement(By.id("caution-THORACIC_MOBILIZATION_GRADE_III_IV")).sendKeys("Grades I–II only, no end-range force");
        click(By.id("save-plan"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert"), "Plan of care saved"));
        Browser.screenshot(browser, "evaluation-plan");

        // A goal past the plan's end fails its check, keeps what was typed, and is fixed.
        // Typed as a therapist might ("To …", a full stop); the sentence shows, grammatical, before saving.
        browser.findElement(By.id("activity")).sendKeys("To sit through a workday.");
        new Select(browser.findElement(By.id("instrument"))).selectByValue("NPRS");
        browser.findElement(By.id("baseline")).sendKeys("7");
        browser.findElement(By.id("target")).sendKeys("3");
        setDate("deadline", LocalDate.now().plusWeeks(10));
        new Select(browser.findElement(By.id("term"))).selectByValue("LONG_TERM");
        browser.findElement(By.id("participation")).sendKeys("return to full-time desk work");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("goal-preview"),
                ", to return to full-time desk work."));
        assertThat(browser.findElement(By.id("goal-preview")).getText())
                .contains("Patient will sit through a workday with NPRS ≤ 3/10 (baseline 7/10) by ");
        new Select(browser.findElement(By.id("relevantTo"))).selectByValue("Sitting through a workday");
        click(By.id("add-goal"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("goals"), "The goal was not added"));
        assertThat(browser.findElement(By.id("goals")).getText())
                .contains("The deadline must fall within the plan of care");
        assertThat(browser.findElement(By.id("activity")).getAttribute("value")).isEqualTo("To sit through a workday.");
        setDate("deadline", LocalDate.now().plusWeeks(5));
        click(By.id("add-goal"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("goals"),
                "Patient will sit through a workday with NPRS ≤ 3/10 (baseline 7/10)"));

        // Signing locks the evaluation: it asks first, and cancelling changes nothing.
        click(By.id("sign-evaluation"));
        assertThat(Browser.answerConfirmation(browser, false)).contains("locks the evaluation");
        assertThat(browser.findElements(By.id("sign-evaluation"))).as("still a draft").isNotEmpty();
        click(By.id("sign-evaluation"));
        Browser.answerConfirmation(browser, true);
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".identity"), "Signed by"));
        String note = browser.findElement(By.cssSelector(".note")).getText();
        assertThat(note).contains("Subjective").contains("Objective").contains("Assessment").contains("Plan")
                .contains("Classification: Thoracic mobility deficit").contains("Grades I–II only, no end-range force")
                .doesNotContain("Thoracic thrust manipulation");
        assertThat(browser.findElements(By.id("save-plan"))).as("locked").isEmpty();
        Browser.screenshot(browser, "evaluation-signed");

        // Progress: every chart says what it shows, in which unit, along which axes.
        browser.get("http://localhost:" + port + episode + "/outcomes");
        WebElement trends = browser.findElement(By.id("exam-trends"));
        assertThat(trends.findElements(By.cssSelector("svg text.chart-title")))
                .extracting(WebElement::getText).contains("Thoracic rotation left (°)", "Serratus anterior left (MMT)");
        assertThat(trends.findElements(By.cssSelector("svg text.y-axis"))).extracting(WebElement::getText)
                .contains("Range of motion (degrees)", "Muscle grade (0–5)");
        assertThat(browser.findElements(By.cssSelector("svg.trend > desc"))).as("a text alternative per chart")
                .hasSameSizeAs(browser.findElements(By.cssSelector("svg.trend")));
        Browser.scrollTo(browser, trends);
        Browser.screenshot(browser, "progress-charts");
    }
}
