package org.rhomboid.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rhomboid.account.Role;
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.support.Browser;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.SignedEvaluation;
import org.rhomboid.support.TestClinics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The day from the schedule to the signed note, on a tablet: the front desk books the episode's series from the plan
 * of care's frequency starting today, sends the patient a reminder (it arrives at a real SMTP server, GreenMail, with
 * the appointment as an .ics), and checks the patient in from today's caseload; the physical therapist's home is the
 * caseload, where the note opens from the appointment; signed, the appointment is seen and the prior authorization
 * has one visit used.
 */
@RhomboidIntegrationTest
class CaseloadBrowserIT {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

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

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    private void go(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void type(String id, String text) {
        WebElement field = Browser.scrollTo(browser, browser.findElement(By.id(id)));
        field.clear();
        field.sendKeys(text);
    }

    private WebElement authorization() {
        go("/patients/" + clinicPatient + "/authorizations");
        return browser.findElement(By.cssSelector("#authorizations tr[data-number='PA-TODAY-1']"));
    }

    UUID clinicPatient;

    @Test
    void fromTheSeriesToTheSignedNoteThroughTodaysCaseload() throws Exception {
        TestClinics.Clinic clinic = clinics.create("Dayfield");
        clinicPatient = clinic.patient().id();
        ZoneId zone = ClinicScope.callAs(clinic.id(), dates::zone);
        LocalDate today = LocalDate.now(zone);
        SignedEvaluation.sign(port, clinic, today.minusDays(7));
        JdbcClient db = JdbcClient.create(owner);
        // The authorization ends today, so of the series only today's visit counts against it.
        db.sql("insert into prior_authorization (id, clinic_id, patient_id, number, payer_kind, payer_name, start_date,"
                        + " end_date, visits_allowed, created_by) values (:id, :clinic, :patient, 'PA-TODAY-1',"
                        + " 'COMMERCIAL', 'Harbour Health', :start, :end, 12, :by)")
                .param("id", UUID.randomUUID()).param("clinic", clinic.id()).param("patient", clinic.patient().id())
                .param("start", today.minusDays(7)).param("end", today)
                .param("by", clinic.user(Role.FRONT_DESK).id()).update();
        db.sql("""
                insert into clinic_mail_settings (clinic_id, host, port, security, from_address, from_name,
                                                  reminder_lead_hours, reminders_on, updated_by)
                values (:clinic, '127.0.0.1', :port, 'NONE', 'desk@dayfield.example', 'Dayfield Physio', 24, false, :by)""")
                .param("clinic", clinic.id()).param("port", smtp.getSmtp().getPort())
                .param("by", clinic.user(Role.CLINIC_ADMIN).id()).update();
        db.sql("update patient set email = 'quinn.d@patients.example' where id = :id")
                .param("id", clinic.patient().id()).update();

        // The front desk books the plan's series (twice a week), starting today.
        browser = Browser.start(1180, 820); // a tablet on its side
        Browser.signIn(browser, port, clinic.user(Role.FRONT_DESK).email());
        // The signed evaluation already counts; what the day's visit changes is measured against it.
        int usedBefore = Integer.parseInt(authorization().getAttribute("data-visits-used"));
        int remainingBefore = Integer.parseInt(authorization().getAttribute("data-visits-remaining"));
        go("/episodes/" + clinic.episode().id());
        Browser.clickAndWaitForPage(browser, browser.findElement(By.id("book-series-link")));
        assertThat(browser.findElement(By.id("plan-frequency")).getText()).contains("2× a week");
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]; arguments[2].value = '07:00'",
                browser.findElement(By.id("date")), today.toString(), browser.findElement(By.id("time")));
        String code = today.getDayOfWeek().name().substring(0, 3).toUpperCase(Locale.ROOT);
        WebElement todaysWeekday = browser.findElement(By.id("weekday-" + code));
        if (!todaysWeekday.isSelected()) {
            Browser.scrollTo(browser, todaysWeekday).click();
        }
        Browser.clickAndWaitForPage(browser, Browser.scrollTo(browser, browser.findElement(By.id("preview"))));
        assertThat(browser.findElements(By.cssSelector("#series-preview tr.conflict"))).isEmpty();
        Browser.clickAndWaitForPage(browser, Browser.scrollTo(browser, browser.findElement(By.id("book-series"))));
        assertThat(browser.findElement(By.id("notice")).getText()).startsWith("Booked ");

        // Today's caseload, the clinic's: the patient at 7:00, booked.
        Browser.clickAndWaitForPage(browser, browser.findElement(By.linkText("Today")));
        assertThat(browser.findElement(By.id("caseload-scope")).getText()).isEqualTo("The whole clinic");
        WebElement row = browser.findElement(By.cssSelector("#caseload li[data-patient='" + clinic.patient().id() + "']"));
        String appointment = row.getAttribute("data-appointment");
        assertThat(row.getAttribute("data-status")).isEqualTo("BOOKED");
        assertThat(row.getText()).contains("Quinn", "Treatment", "Booked").doesNotContain("Open the note");
        Browser.screenshot(browser, "caseload-front-desk");

        // A reminder now, from the appointment: it arrives with the appointment as an .ics.
        Browser.clickAndWaitForPage(browser, row.findElement(By.linkText("Appointment")));
        Browser.clickAndWaitForPage(browser, browser.findElement(By.id("send-reminder")));
        assertThat(browser.findElement(By.id("notice")).getText()).isEqualTo("Reminder sent.");
        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage message = smtp.getReceivedMessages()[0];
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo("quinn.d@patients.example");
        assertThat(message.getSubject()).doesNotContain("Quinn", "Dayfield");
        Part ics = attachment(message);
        assertThat(ics.getContentType()).startsWith("text/calendar");
        Calendar calendar;
        try (InputStream in = ics.getInputStream()) {
            calendar = new CalendarBuilder().build(new StringReader(new String(in.readAllBytes(),
                    StandardCharsets.UTF_8)));
        }
        VEvent event = calendar.<VEvent>getComponents("VEVENT").get(0);
        assertThat(java.time.Instant.from(event.getStartDate().orElseThrow().getDate()))
                .isEqualTo(today.atTime(7, 0).atZone(zone).toInstant());
        assertThat(event.getProperty(Property.UID).orElseThrow().getValue()).contains(appointment);

        // The patient arrives: checked in from the caseload.
        go("/today");
        row = browser.findElement(By.cssSelector("#caseload li[data-appointment='" + appointment + "']"));
        Browser.clickAndWaitForPage(browser, row.findElement(By.cssSelector("button.check-in")));
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Checked in");

        // The physical therapist's home is the caseload: the note opens from the appointment.
        browser.manage().deleteAllCookies();
        Browser.signIn(browser, port, clinic.user(Role.PT).email());
        go("/");
        waiting().until(ExpectedConditions.urlContains("/today"));
        assertThat(browser.findElement(By.id("caseload-scope")).getText()).isEqualTo("Your patients");
        row = browser.findElement(By.cssSelector("#caseload li[data-appointment='" + appointment + "']"));
        assertThat(row.getAttribute("data-status")).isEqualTo("CHECKED_IN");
        assertThat(row.findElements(By.cssSelector("li[data-kind='AUTHORIZATION']"))).as("ending today").isNotEmpty();
        Browser.screenshot(browser, "caseload-therapist");
        WebElement open = row.findElement(By.cssSelector("button.open-note"));
        open.sendKeys(org.openqa.selenium.Keys.ENTER); // keyboard, not a click
        waiting().until(ExpectedConditions.urlContains("/notes/"));
        type("painToday", "3");
        type("patientReport", "Slept better; sat through a meeting");
        new Select(browser.findElement(By.id("i0.code"))).selectByValue("97110");
        type("i0.minutes", "25");
        type("totalTreatmentMinutes", "30");
        type("assessment", "Routine visit; progressing.");
        Browser.clickAndWaitForPage(browser, Browser.scrollTo(browser, browser.findElement(By.id("save-note"))));
        Browser.clickConfirming(browser, Browser.scrollTo(browser, browser.findElement(By.id("sign-note"))));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("hash-check")));

        // Seen, on the caseload and on the appointment; the authorization has the visit used.
        go("/today");
        row = browser.findElement(By.cssSelector("#caseload li[data-appointment='" + appointment + "']"));
        assertThat(row.getAttribute("data-status")).isEqualTo("SEEN");
        assertThat(row.getText()).contains("Seen", "Signed note").doesNotContain("Open the note", "Check in");
        go("/schedule/appointments/" + appointment);
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Seen");
        WebElement authorization = authorization();
        assertThat(Integer.parseInt(authorization.getAttribute("data-visits-used"))).isEqualTo(usedBefore + 1);
        assertThat(Integer.parseInt(authorization.getAttribute("data-visits-remaining")))
                .isEqualTo(remainingBefore - 1);
        Browser.screenshot(browser, "caseload-authorization-after");
    }

    private static Part attachment(MimeMessage message) throws Exception {
        java.util.List<Part> parts = new java.util.ArrayList<>();
        collect(message, parts);
        for (Part part : parts) {
            if (part.getContentType().startsWith("text/calendar")) {
                return part;
            }
        }
        throw new AssertionError("no .ics attached");
    }

    private static void collect(Part part, java.util.List<Part> parts) throws Exception {
        parts.add(part);
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), parts);
            }
        }
    }
}
