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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rhomboid.account.Role;
import org.rhomboid.support.Browser;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.SignedEvaluation;
import org.rhomboid.support.TestClinics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The therapist prescribes a home programme on a tablet and gives portal access; the patient opens the portal on
 * a phone, watches the exercise move, logs a session with pain before and after and a diary entry; the therapist
 * then sees adherence and the pain trend.
 */
@RhomboidIntegrationTest
class HomeExerciseBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;
    @Autowired
    @Qualifier("migrationDataSource")
    DataSource owner;

    WebDriver tablet;
    WebDriver phone;

    @AfterEach
    void close() {
        if (tablet != null) {
            tablet.quit();
        }
        if (phone != null) {
            phone.quit();
        }
    }

    private static WebDriverWait waiting(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    private static void tap(WebDriver driver, WebElement element) {
        Browser.scrollTo(driver, element).click();
    }

    @Test
    void prescribeOpenThePortalOnAPhoneLogASessionAndSeeAdherence() throws Exception {
        TestClinics.Clinic clinic = clinics.create("Phoneham");
        SignedEvaluation.sign(port, clinic, LocalDate.now().minusDays(7));
        JdbcClient.create(owner).sql("update episode set started_on = :d where id = :e")
                .param("d", LocalDate.now().minusDays(7)).param("e", clinic.episode().id()).update();

        tablet = Browser.start(820, 1180);
        Browser.signIn(tablet, port, clinic.user(Role.PT).email());
        tablet.get("http://localhost:" + port + "/episodes/" + clinic.episode().id());
        tap(tablet, tablet.findElement(By.id("open-hep")));
        waiting(tablet).until(ExpectedConditions.presenceOfElementLocated(By.id("program-form")));

        // Extension over a foam roller is suggested for hyperkyphosis; this patient's fracture risk factors (a
        // woman over 50) ask for the therapist's note on how it is adapted.
        WebElement row = tablet.findElement(By.cssSelector("#suggested #rx-thoracic-extension-foam-roller"));
        assertThat(row.getText()).contains("Caution");
        tap(tablet, row.findElement(By.cssSelector("input[type=checkbox]")));
        WebElement sets = row.findElement(By.cssSelector("input[name$='.sets']"));
        sets.clear();
        sets.sendKeys("2");
        assertThat(row.findElement(By.cssSelector("input[name$='.reps']")).getAttribute("value")).isEqualTo("5");
        row.findElement(By.cssSelector("input[name$='.safetyNote']")).sendKeys("Soft roller, hips down, gentle range");
        row.findElement(By.cssSelector("input[name$='.patientNote']")).sendKeys("Use the soft roller and keep your hips down");
        tap(tablet, tablet.findElement(By.id("save-program")));
        waiting(tablet).until(ExpectedConditions.textToBePresentInElementLocated(By.id("program"), "version 1"));
        Browser.screenshot(tablet, "hep-program");

        tap(tablet, tablet.findElement(By.id("issue-link")));
        String url = waiting(tablet).until(ExpectedConditions.presenceOfElementLocated(By.id("portal-url")))
                .getAttribute("value");
        assertThat(tablet.findElement(By.cssSelector(".qr-box svg")).isDisplayed()).isTrue();
        assertThat(url).contains("/portal/");

        phone = Browser.start(390, 844);
        phone.get(url);
        assertThat(phone.findElement(By.tagName("h1")).getText()).isEqualTo("Hello Quinn");
        WebElement figure = phone.findElement(By.cssSelector("#exercise-thoracic-extension-foam-roller .portal-figure svg"));
        assertThat(figure.isDisplayed()).isTrue();
        assertThat(figure.findElements(By.tagName("animate"))).isNotEmpty();
        // The figure really moves: the document's animation clock runs and the drawing changes over time.
        JavascriptExecutor js = (JavascriptExecutor) phone;
        String before = (String) js.executeScript("return arguments[0].innerHTML.length + ':' + "
                + "Array.from(arguments[0].querySelectorAll('line,path,circle')).map(function (e) {"
                + " var b = e.getBBox(); return Math.round(b.x) + ',' + Math.round(b.y); }).join(';')", figure);
        Thread.sleep(900);
        String after = (String) js.executeScript("return arguments[0].innerHTML.length + ':' + "
                + "Array.from(arguments[0].querySelectorAll('line,path,circle')).map(function (e) {"
                + " var b = e.getBBox(); return Math.round(b.x) + ',' + Math.round(b.y); }).join(';')", figure);
        assertThat(((Number) js.executeScript("return arguments[0].getCurrentTime()", figure)).doubleValue())
                .isGreaterThan(0);
        assertThat(after).as("the figure has moved").isNotEqualTo(before);
        Browser.screenshot(phone, "portal-phone");

        // A session: done, pain 5 before and 3 after, about right, with a word for the therapist.
        tap(phone, phone.findElement(By.cssSelector("input[name='ex.0.status'][value='DONE']")));
        tap(phone, phone.findElement(By.cssSelector("input[name='painBefore'][value='5']")));
        tap(phone, phone.findElement(By.cssSelector("input[name='painAfter'][value='3']")));
        tap(phone, phone.findElement(By.cssSelector("input[name='difficulty'][value='ABOUT_RIGHT']")));
        phone.findElement(By.id("session-comment")).sendKeys("Easier than yesterday");
        tap(phone, phone.findElement(By.id("save-session")));
        waiting(phone).until(ExpectedConditions.textToBePresentInElementLocated(By.id("saved"),
                "your session is saved"));
        tap(phone, phone.findElement(By.cssSelector("#diary-form input[name='pain'][value='3']")));
        tap(phone, phone.findElement(By.id("save-diary")));
        // The page reloads: wait for the new confirmation, not the one still showing from the session.
        waiting(phone).until(ExpectedConditions.textToBePresentInElementLocated(By.id("saved"), "pain is noted"));
        Browser.screenshot(phone, "portal-phone-logged");

        tablet.get("http://localhost:" + port + "/episodes/" + clinic.episode().id() + "/hep");
        WebElement logged = tablet.findElement(By.id("adherence"));
        assertThat(logged.getText()).contains("Easier than yesterday");
        assertThat(logged.findElement(By.cssSelector("svg.adherence")).getAttribute("aria-label"))
                .contains("week 1");
        assertThat(logged.findElements(By.cssSelector("svg.adherence rect.bar"))).isNotEmpty();
        assertThat(logged.findElement(By.cssSelector("figure.chart:nth-of-type(2) svg")).getAttribute("aria-label"))
                .isNotBlank();
        Browser.screenshot(tablet, "hep-adherence");
    }
}
