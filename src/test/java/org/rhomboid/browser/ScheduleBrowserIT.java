package org.rhomboid.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rhomboid.account.Role;
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.schedule.domain.SeriesSuggestion;
import org.rhomboid.support.Browser;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.TestClinics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The front desk books an episode's visits from the plan of care's frequency (2× a week for 6 weeks → Mondays and
 * Thursdays), sees the date the therapist is busy skipped in the preview, books the rest, finds them in the week
 * view and checks the patient in.
 */
@RhomboidIntegrationTest
class ScheduleBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;
    @Autowired
    ClinicDates dates;
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

    @Test
    void theFrontDeskBooksTheSeriesOfThePlanAndChecksThePatientIn() throws Exception {
        TestClinics.Clinic clinic = clinics.create("Tallowmere");
        UUID pt = clinic.user(Role.PT).id();
        JdbcClient db = JdbcClient.create(owner);
        db.sql("""
                insert into plan_of_care (id, clinic_id, episode_id, diagnoses, frequency_per_week, duration_weeks,
                                          start_date, certification, interventions, conditions, updated_by)
                values (:id, :clinic, :episode, '{M54.6}', 2, 6, current_date, 'PENDING', '[]', '{}', :pt)""")
                .param("id", UUID.randomUUID()).param("clinic", clinic.id()).param("episode", clinic.episode().id())
                .param("pt", pt).update();
        for (int weekday = 1; weekday <= 5; weekday++) {
            db.sql("insert into clinic_opening_hours (clinic_id, weekday, opens, closes) values (:c, :d, '08:00', '17:00')")
                    .param("c", clinic.id()).param("d", weekday).update();
        }
        ZoneId zone = ClinicScope.callAs(clinic.id(), dates::zone);
        LocalDate today = LocalDate.now(zone);
        SeriesSuggestion plan = SeriesSuggestion.fromPlan(2, 6, today.plusDays(1));
        // The therapist is already busy at 9:00 on the series' first date.
        db.sql("""
                insert into appointment (id, clinic_id, patient_id, therapist_id, type, starts_at, ends_at, booked_by)
                values (:id, :clinic, :patient, :pt, 'OTHER', :start, :end, :pt)""")
                .param("id", UUID.randomUUID()).param("clinic", clinic.id()).param("patient", clinic.patient().id())
                .param("pt", pt).param("start", plan.first().atTime(9, 0).atZone(zone).toOffsetDateTime())
                .param("end", plan.first().atTime(9, 30).atZone(zone).toOffsetDateTime()).update();

        browser = Browser.start(1180, 820); // a tablet on its side
        Browser.signIn(browser, port, clinic.user(Role.FRONT_DESK).email());
        browser.get("http://localhost:" + port + "/episodes/" + clinic.episode().id());
        Browser.clickAndWaitForPage(browser, browser.findElement(By.id("book-series-link")));

        assertThat(browser.findElement(By.id("plan-frequency")).getText()).contains("2× a week", "6 weeks");
        assertThat(browser.findElement(By.id("weekday-MON")).isSelected()).isTrue();
        assertThat(browser.findElement(By.id("weekday-THU")).isSelected()).isTrue();
        assertThat(browser.findElement(By.id("weekday-WED")).isSelected()).isFalse();
        assertThat(new Select(browser.findElement(By.id("therapistId"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo(pt.toString());
        assertThat(browser.findElement(By.id("date")).getAttribute("value")).isEqualTo(plan.first().toString());
        assertThat(browser.findElement(By.id("until")).getAttribute("value")).isEqualTo(plan.until().toString());

        Browser.clickAndWaitForPage(browser, browser.findElement(By.id("preview")));
        WebElement preview = browser.findElement(By.id("series-preview"));
        assertThat(preview.findElement(By.tagName("h2")).getText()).isEqualTo("12 dates, 11 free");
        assertThat(preview.findElements(By.cssSelector("tr.conflict"))).hasSize(1);
        Browser.screenshot(browser, "schedule-series-preview");

        Browser.clickAndWaitForPage(browser, browser.findElement(By.id("book-series")));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("view=week"));
        assertThat(browser.findElement(By.id("notice")).getText()).startsWith("Booked 11 appointments.")
                .contains("Not booked");
        // The week of the first date booked (the busy first date was skipped): the patient's two visits, by name.
        assertThat(browser.findElements(By.cssSelector("#schedule-grid a.appointment")))
                .hasSize(2)
                .allSatisfy(a -> assertThat(a.getText()).contains("Quinn Tallowmere"));
        assertThat(browser.findElements(By.cssSelector("#schedule-grid td.open"))).isNotEmpty();
        Browser.screenshot(browser, "schedule-week");

        WebElement treatment = browser.findElements(By.cssSelector("#schedule-grid a.appointment")).stream()
                .filter(a -> a.getText().contains("Treatment")).findFirst().orElseThrow();
        treatment.sendKeys(org.openqa.selenium.Keys.ENTER); // keyboard, not a click
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/schedule/appointments/"));
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Booked");
        Browser.clickAndWaitForPage(browser, browser.findElement(By.id("check-in")));
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Checked in");
        assertThat(browser.findElements(By.id("check-in"))).isEmpty();

        // A cancellation without a reason is refused beside the field, the choice kept.
        browser.findElement(By.id("by-PATIENT")).click();
        Browser.clickAndWaitForPage(browser, browser.findElement(By.id("cancel")));
        assertThat(browser.findElement(By.cssSelector("#cancel-form .invalid .error")).getText())
                .isEqualTo("Give the reason for the cancellation");
        assertThat(browser.findElement(By.id("by-PATIENT")).isSelected()).isTrue();
    }

    @Test
    void aTherapistBooksOneVisitFindingThePatientAndKeepsWhatWasTypedWhenATimeIsMissing() throws Exception {
        TestClinics.Clinic clinic = clinics.create("Pemberthy");
        browser = Browser.start(820, 1180);
        Browser.signIn(browser, port, clinic.user(Role.PT).email());
        browser.get("http://localhost:" + port + "/schedule");
        Browser.clickAndWaitForPage(browser, browser.findElement(By.id("book-link")));

        browser.findElement(By.id("patientQuery")).sendKeys("Pemberthy");
        WebElement choice = new WebDriverWait(browser, Duration.ofSeconds(10)).until(
                ExpectedConditions.elementToBeClickable(By.cssSelector("#patient-choices input[type=radio]")));
        choice.click();
        new Select(browser.findElement(By.id("therapistId"))).selectByValue(clinic.user(Role.PT).id().toString());
        new Select(browser.findElement(By.id("type"))).selectByValue("INITIAL_EVALUATION");
        LocalDate day = LocalDate.now().plusDays(8);
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "arguments[0].value = arguments[1]; arguments[2].value = ''", browser.findElement(By.id("date")),
                day.toString(), browser.findElement(By.id("time")));
        Browser.clickAndWaitForPage(browser, browser.findElement(By.id("book")));

        assertThat(browser.findElement(By.cssSelector(".field.invalid .error")).getText())
                .isEqualTo("Enter the time of the appointment");
        assertThat(browser.findElement(By.id("patient-chosen")).isSelected()).as("the patient kept").isTrue();
        assertThat(new Select(browser.findElement(By.id("type"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("INITIAL_EVALUATION");
        assertThat(browser.findElement(By.id("date")).getAttribute("value")).isEqualTo(day.toString());

        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].value = '10:30'",
                browser.findElement(By.id("time")));
        Browser.clickAndWaitForPage(browser, browser.findElement(By.id("book")));
        assertThat(browser.findElement(By.id("notice")).getText()).startsWith("Booked Quinn Pemberthy with");
        WebElement block = browser.findElement(By.cssSelector("#schedule-grid a.appointment"));
        assertThat(block.getText()).contains("Quinn Pemberthy", "Initial evaluation", "Booked");
        Browser.screenshot(browser, "schedule-day");
    }

    @Test
    void theFrontDeskDragsAnAppointmentToAnotherTime() throws Exception {
        TestClinics.Clinic clinic = clinics.create("Dragwell");
        UUID pt = clinic.user(Role.PT).id();
        JdbcClient db = JdbcClient.create(owner);
        for (int weekday = 1; weekday <= 7; weekday++) {
            db.sql("insert into clinic_opening_hours (clinic_id, weekday, opens, closes) values (:c, :d, '08:00', '17:00')")
                    .param("c", clinic.id()).param("d", weekday).update();
        }
        ZoneId zone = ClinicScope.callAs(clinic.id(), dates::zone);
        LocalDate day = LocalDate.now(zone).plusDays(2);
        UUID appointment = UUID.randomUUID();
        db.sql("""
                insert into appointment (id, clinic_id, patient_id, episode_id, therapist_id, type, starts_at, ends_at,
                                         booked_by)
                values (:id, :clinic, :patient, :episode, :pt, 'TREATMENT', :start, :end, :pt)""")
                .param("id", appointment).param("clinic", clinic.id()).param("patient", clinic.patient().id())
                .param("episode", clinic.episode().id()).param("pt", pt)
                .param("start", day.atTime(9, 0).atZone(zone).toOffsetDateTime())
                .param("end", day.atTime(9, 45).atZone(zone).toOffsetDateTime()).update();

        browser = Browser.start(1180, 820);
        Browser.signIn(browser, port, clinic.user(Role.FRONT_DESK).email());
        browser.get("http://localhost:" + port + "/schedule?date=" + day);
        WebElement block = browser.findElement(By.cssSelector("#schedule-grid a.appointment.movable"));
        assertThat(block.getAttribute("draggable")).isEqualTo("true");
        WebElement target = browser.findElement(By.cssSelector(
                "#schedule-grid td[data-slot='" + day + "T11:00'][data-therapist='" + pt + "']"));
        // HTML5 drag and drop as the browser fires it (WebDriver's own drag does not raise these events).
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("""
                var from = arguments[0], to = arguments[1], data = new DataTransfer();
                from.dispatchEvent(new DragEvent('dragstart', {bubbles: true, cancelable: true, dataTransfer: data}));
                var box = to.getBoundingClientRect();
                var at = {bubbles: true, cancelable: true, dataTransfer: data, clientX: box.left + 4, clientY: box.top + 2};
                to.dispatchEvent(new DragEvent('dragover', at));
                to.dispatchEvent(new DragEvent('drop', at));""", block, target);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                By.id("notice")));
        assertThat(browser.findElement(By.id("notice")).getText()).startsWith("Moved Quinn Dragwell to")
                .contains("11:00");
        WebElement moved = browser.findElement(By.cssSelector(
                "#schedule-grid td[data-slot='" + day + "T11:00'] a.appointment"));
        assertThat(moved.getText()).contains("Quinn Dragwell", "11:00", "11:45");
        assertThat(browser.findElements(By.cssSelector("#schedule-grid td[data-slot='" + day + "T09:00'] a")))
                .isEmpty();
        Browser.screenshot(browser, "schedule-dragged");
    }
}
