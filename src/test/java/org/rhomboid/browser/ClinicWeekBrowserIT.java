package org.rhomboid.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.rhomboid.billing.claim.X12Validator;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.episode.Episode;
import org.rhomboid.episode.EpisodeDetails;
import org.rhomboid.episode.EpisodeService;
import org.rhomboid.episode.domain.BodyRegion;
import org.rhomboid.episode.domain.EpisodeStatus;
import org.rhomboid.episode.domain.Mechanism;
import org.rhomboid.patient.Patient;
import org.rhomboid.patient.PatientDetails;
import org.rhomboid.patient.PatientService;
import org.rhomboid.patient.domain.Payer;
import org.rhomboid.patient.domain.Sex;
import org.rhomboid.support.Browser;
import org.rhomboid.support.ClinicBilling;
import org.rhomboid.support.CompleteIntake;
import org.rhomboid.support.IntakeLinks;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.SignedEvaluation;
import org.rhomboid.support.TestClinics;
import org.rhomboid.support.TestDocuments;
import org.rhomboid.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A clinic's fortnight, as its staff live it (issue 14): a 66-year-old Medicare patient with osteoporosis who fell
 * (a suspected fracture, a verbal order for her plan) and a commercial patient. The front desk moves the start of
 * care back to the first visit and never sees clinical pages; the PT signs the evaluation on the day it happened;
 * ten treatment days of daily notes follow — one back-dated, a duplicate refused, an assistant's note co-signed, a
 * progress report on the tenth day; the MRI report clears the fracture (joint mobilisation becomes possible, thrust
 * manipulation stays out for her osteoporosis); the physician's signature comes back as a scan the front desk
 * records; and the biller's one batch bills the evaluation and every visit exactly once, a claim per patient-day.
 */
@RhomboidIntegrationTest
class ClinicWeekBrowserIT {

    private static final LocalDate TODAY = LocalDate.now();
    /** The first visit, thirteen days ago: the evaluation and the first treatment. */
    private static final LocalDate D0 = TODAY.minusDays(13);
    private static final String PT_NPI = "1234567893";
    private static final String PHYSICIAN = "Dr. Alan Brooks";
    private static final String PHYSICIAN_NPI = "1679576722";
    private static final Pattern BATCH_LINK = Pattern.compile("/billing/claims/batches/([0-9a-f-]{36})/file");

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;
    @Autowired
    PatientService patients;
    @Autowired
    EpisodeService episodes;
    @Autowired
    @Qualifier("migrationDataSource")
    DataSource owner;

    WebDriver browser;
    TestClinics.Clinic clinic;
    WebSession frontDesk;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aClinicWeekFromTheFirstVisitToOneClaimsBatch() throws Exception {
        clinic = clinics.create("Weekley");
        String episode = "/episodes/" + clinic.episode().id();
        frontDesk = WebSession.signIn(port, clinic.user(Role.FRONT_DESK).email(), TestClinics.PASSWORD);
        WebSession therapist = WebSession.signIn(port, clinic.user(Role.PT).email(), TestClinics.PASSWORD);
        setUpBilling();
        browser = Browser.start(820, 1180);

        // Day 0 was on paper: the front desk moves the start of care back, with the reason, and sends the intake.
        signInAs(Role.FRONT_DESK);
        open(episode + "/edit");
        date("startedOn", D0);
        type("start-reason", "First visit was on paper; chart opened today");
        Browser.clickAndWaitForPage(browser, browser.findElement(By.id("change-start")));
        assertThat(browser.findElement(By.id("start-of-care")).getText()).contains(format(D0));
        Map<String, List<String>> intake = CompleteIntake.fields();
        intake.put("comorbidity", List.of("OSTEOPOROSIS"));
        intake.put("flag.MINOR_TRAUMA", List.of("yes"));
        IntakeLinks.complete(port, frontDesk, episode, intake);
        frontDeskIsDeniedClinicalPages(episode, null);

        // The therapist examines, plans (verbal order for the plan on day 0) and signs the evaluation dated day 0.
        SignedEvaluation.prepareWithVerbalOrder(therapist, clinic, D0, "Mid-thoracic pain after a fall;"
                + " osteoporosis; fracture to exclude.");
        assertThat(therapist.get(episode).body()).as("the intake raised it").contains("Vertebral fracture");
        signInAs(Role.PT);
        open(episode + "/evaluation");
        date("evaluatedOn", D0);
        click("sign-evaluation");
        waitForText(By.cssSelector("[role=status]"), "Initial evaluation signed");
        assertThat(db().sql("select evaluated_on from evaluation where episode_id = :e").param("e", clinic.episode().id())
                .query(LocalDate.class).single()).isEqualTo(D0);

        // Visits over the two weeks. Day 0 beside the evaluation: manual therapy in its own time block carries 59.
        String first = dailyNote(D0, "97110", "25", "97140", "15");
        Browser.scrollTo(browser, browser.findElement(By.name("i1.separateBlock"))).click();
        waitForText(By.id("coding"), "59");
        sign();
        assertThat(browser.findElement(By.id("late-entry")).getText()).contains("Late entry").contains("13 days later");
        signViaHttp(therapist, D0.plusDays(1));

        // Day 2: the assistant's note waits for the therapist's co-signature.
        signInAs(Role.PTA);
        String assistants = dailyNote(D0.plusDays(2), "97110", "30", null, null);
        sign();
        assertThat(browser.findElement(By.cssSelector(".seal .badge")).getText()).containsIgnoringCase("co-signature");
        signInAs(Role.PT);
        open(assistants);
        click("cosign");
        waitForText(By.cssSelector("[role=status]"), "Co-signed");
        signViaHttp(therapist, D0.plusDays(3));

        // Day 4, and a second note for day 4: warned while written, refused when signed, discarded.
        dailyNote(D0.plusDays(4), "97112", "24", "97110", "23");
        sign();
        dailyNote(D0.plusDays(4), "97110", "20", null, null);
        waitForText(By.id("same-day-warning"), "already signed");
        click("sign-note");
        waitForText(By.id("error-summary"), "Not signed yet");
        assertThat(browser.findElement(By.cssSelector(".field.invalid .error")).getText())
                .contains("already signed").contains("separate session");
        // Discarding deletes the draft: it asks first, and cancelling keeps it.
        Browser.scrollTo(browser, browser.findElement(By.id("discard-note"))).click();
        assertThat(Browser.answerConfirmation(browser, false)).contains("cannot be recovered");
        assertThat(browser.findElements(By.id("discard-note"))).as("the draft is kept").isNotEmpty();
        click("discard-note");
        waitForText(By.cssSelector("[role=status]"), "Draft discarded");

        // The MRI report clears the suspected fracture: joint mobilisation becomes possible, thrust stays out.
        assertThat(therapist.get(episode + "/plan/amend").body())
                .containsPattern("id=\"add-THORACIC_MOBILIZATION_GRADE_I_II\"[^>]*disabled");
        clearFractureByImaging(episode);
        open(episode + "/plan/amend");
        assertThat(browser.findElement(By.id("add-THORACIC_MOBILIZATION_GRADE_I_II")).isEnabled()).isTrue();
        assertThat(browser.findElement(By.id("add-THORACIC_THRUST_MANIPULATION")).isEnabled()).isFalse();
        assertThat(browser.findElement(By.id("amend-form")).getText()).containsIgnoringCase("osteoporosis");

        signViaHttp(therapist, D0.plusDays(5));
        dailyNote(D0.plusDays(6), "97112", "24", "97140", "10");
        sign();
        signViaHttp(therapist, D0.plusDays(7));
        dailyNote(D0.plusDays(8), "97110", "30", null, null);
        sign();

        // Day 9 is the tenth treatment day: the daily note waits for the progress report.
        String tenth = dailyNote(D0.plusDays(9), "97110", "30", null, null);
        click("sign-note");
        waitForText(By.id("sign-refusal"), "write the progress report");
        click("write-progress-report");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.titleContains("Progress report"));
        date("visitDate", D0.plusDays(9));
        new Select(Browser.scrollTo(browser, browser.findElement(By.cssSelector("select[id$='.status']"))))
                .selectByValue("PROGRESSING");
        browser.findElement(By.cssSelector("input[id$='.comment']")).sendKeys("Sits 3 hours now");
        type("assessment", "Steady progress; fracture excluded on MRI.");
        type("plan", "Continue twice weekly; add grade I–II mobilisation.");
        click("sign-note");
        waitForText(By.id("hash-check"), "Content verified");
        open(tenth);
        sign();

        // The physician's signature comes back by fax: the front desk records it with the scan.
        String heldBefore = WebSession.signIn(port, clinic.user(Role.BILLER).email(), TestClinics.PASSWORD)
                .get(claimsRange()).body();
        assertThat(heldBefore).contains("The plan of care is not certified");
        recordReturnedSignature(episode);
        frontDeskIsDeniedClinicalPages(episode, first);

        // The commercial patient: evaluated on day 5, treated on day 7 (no Medicare certification to wait for).
        TestClinics.Clinic commercial = commercialPatient();
        SignedEvaluation.sign(port, commercial, D0.plusDays(5));
        signViaHttp(therapist, commercial, D0.plusDays(7));

        // The biller's one batch: every visit exactly once, one claim per patient and day, the evaluations billed.
        signInAs(Role.BILLER);
        open("/billing/claims");
        date("from", D0);
        date("to", TODAY);
        Browser.clickAndWaitForPage(browser, browser.findElement(By.id("preview")));
        assertThat(browser.findElement(By.id("held-heading")).getText()).isEqualTo("Held back (0)");
        String claimable = browser.findElement(By.id("claimable")).getText();
        assertThat(claimable).contains("97140 × 1 (GP, 59)").contains("97110 × 2 (GP, CQ)");
        Browser.screenshot(browser, "clinic-week-claims");
        click("create-batch");
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(done -> db().sql("select count(*) from claim_batch"
                + " where clinic_id = :c").param("c", clinic.id()).query(Integer.class).single() == 1);

        WebSession biller = WebSession.signIn(port, clinic.user(Role.BILLER).email(), TestClinics.PASSWORD);
        Matcher link = BATCH_LINK.matcher(biller.get(claimsRange()).body());
        assertThat(link.find()).as("the batch was made").isTrue();
        String file = new String(biller.getBytes(link.group()).body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(X12Validator.validate(file).errors()).isEmpty();
        List<String> segments = Arrays.stream(file.split("~")).map(String::strip).toList();
        // Ten treatment days of the Medicare patient and two days of the commercial patient.
        assertThat(segments).filteredOn(s -> s.startsWith("CLM*")).hasSize(12);
        assertThat(segments).filteredOn(s -> s.matches("SV1\\*HC:9716[123]:GP.*")).hasSize(2);
        assertThat(segments).contains("NM1*DN*1*BROOKS*ALAN****XX*" + PHYSICIAN_NPI);
        List<UUID> billed = db().sql("select note_id from claim_batch_note where clinic_id = :c")
                .param("c", clinic.id()).query(UUID.class).list();
        List<UUID> billable = db().sql("select id from note where clinic_id = :c and kind in ('INITIAL_EVALUATION',"
                        + " 'DAILY_NOTE', 'RE_EVALUATION')").param("c", clinic.id()).query(UUID.class).list();
        assertThat(billed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(billable).hasSize(13);
        assertThat(biller.get(claimsRange()).body()).contains("Already sent in batch 1.");
    }

    // --- The steps -------------------------------------------------------------------------------------------

    /** Starts today's daily note from the notes page and fills one or two services for the visit's date. */
    private String dailyNote(LocalDate visit, String code, String minutes, String code2, String minutes2) {
        open("/episodes/" + clinic.episode().id() + "/notes");
        click("start-daily-note");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(".*/notes/[0-9a-f-]{36}$"));
        String note = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf("/notes/"));
        date("visitDate", visit);
        clearServices();
        new Select(Browser.scrollTo(browser, browser.findElement(By.id("i0.code")))).selectByValue(code);
        type("i0.minutes", minutes);
        int total = Integer.parseInt(minutes);
        if (code2 != null) {
            new Select(Browser.scrollTo(browser, browser.findElement(By.id("i1.code")))).selectByValue(code2);
            type("i1.minutes", minutes2);
            total += Integer.parseInt(minutes2);
        }
        type("painToday", "4");
        type("totalTreatmentMinutes", String.valueOf(total + 5));
        type("assessment", "Tolerated well; pain " + (visit.getDayOfMonth() % 3 + 3) + "/10 after.");
        return note;
    }

    /** Carry-forward starts the note with the last one's services: this visit chooses its own. */
    private void clearServices() {
        for (WebElement select : browser.findElements(By.cssSelector("select[id$='.code']"))) {
            new Select(Browser.scrollTo(browser, select)).selectByValue("");
        }
        for (WebElement input : browser.findElements(By.cssSelector("input[id^='i'][id*='.e']"))) {
            Browser.scrollTo(browser, input).clear();
        }
    }

    private void sign() {
        click("sign-note");
        waitForText(By.id("hash-check"), "Content verified");
    }

    /** The front desk records the physician's returned signature, uploading the faxed plan. */
    private void recordReturnedSignature(String episode) throws Exception {
        Path scan = Files.createTempFile("signed-plan", ".pdf");
        Files.write(scan, TestDocuments.pdf("Plan of care certified: " + PHYSICIAN));
        signInAs(Role.FRONT_DESK);
        open(episode + "/certification");
        assertThat(browser.findElement(By.id("periods")).getText()).contains("Not certified");
        new Select(browser.findElement(By.id("reason"))).selectByValue("INITIAL");
        assertThat(browser.findElement(By.id("reason")).getText()).doesNotContain("Recertification");
        new Select(browser.findElement(By.id("method"))).selectByValue("VERBAL_ORDER");
        type("practitionerName", PHYSICIAN);
        type("practitionerNpi", PHYSICIAN_NPI);
        date("verbalOrderOn", D0);
        date("signedOn", D0.plusDays(10));
        date("receivedOn", TODAY);
        browser.findElement(By.id("file")).sendKeys(scan.toAbsolutePath().toString());
        Browser.clickAndWaitForPage(browser, browser.findElement(By.id("record-certification")));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("Certification recorded.");
        assertThat(browser.findElement(By.id("periods")).getText()).contains("Certified").contains(PHYSICIAN);
        assertThat(browser.findElement(By.cssSelector(".signed-plan-scan")).getAttribute("href")).contains("/documents/");
        Browser.screenshot(browser, "clinic-week-certification");
    }

    /** The PT records the fracture concern cleared by imaging, uploading the MRI report there. */
    private void clearFractureByImaging(String episode) throws Exception {
        Path report = Files.createTempFile("mri-report", ".pdf");
        Files.write(report, TestDocuments.pdf("MRI thoracic spine: no acute fracture"));
        open(episode);
        assertThat(browser.findElement(By.id("screening")).getText()).contains("Do not treat");
        Browser.scrollTo(browser, browser.findElement(
                By.cssSelector("#concern-VERTEBRAL_FRACTURE details.clearance summary"))).click();
        browser.findElement(By.id("cl-method-VERTEBRAL_FRACTURE-IMAGING")).click();
        date("cl-date-VERTEBRAL_FRACTURE", D0.plusDays(3));
        browser.findElement(By.id("cl-file-VERTEBRAL_FRACTURE")).sendKeys(report.toAbsolutePath().toString());
        browser.findElement(By.id("cl-note-VERTEBRAL_FRACTURE")).sendKeys("MRI: no acute fracture. Cleared to treat.");
        Browser.clickAndWaitForPage(browser, Browser.scrollTo(browser,
                browser.findElement(By.cssSelector("#concern-VERTEBRAL_FRACTURE button.primary"))));
        assertThat(browser.findElement(By.id("screening")).getText()).doesNotContain("Do not treat");
        assertThat(browser.findElement(By.id("cleared-VERTEBRAL_FRACTURE")).getText()).contains("by imaging");
    }

    /** Throughout the week the front desk keeps the schedule and the paperwork, never the clinical record. */
    private void frontDeskIsDeniedClinicalPages(String episode, String note) {
        for (String page : List.of(episode + "/evaluation", episode + "/evaluation/pdf", episode + "/notes",
                episode + "/outcomes", episode + "/referral-letter", episode + "/letters/plan-of-care")) {
            assertThat(frontDesk.get(page).status()).as(page).isEqualTo(403);
        }
        if (note != null) {
            assertThat(frontDesk.get(note).status()).isEqualTo(403);
        }
        String chart = frontDesk.get("/patients/" + clinic.patient().id()).body();
        assertThat(chart).doesNotContain("Vertebral fracture").doesNotContain("fracture to exclude");
        assertThat(frontDesk.get(episode).body()).doesNotContain("Vertebral fracture").contains("Care started");
    }

    private TestClinics.Clinic commercialPatient() {
        return ClinicScope.callAs(clinic.id(), () -> {
            Patient patient = patients.register(new PatientDetails(null, "Rowe", "Marta", LocalDate.of(1988, 5, 2),
                    Sex.FEMALE, null, null, "9 Elm Street", "Portland", "ME", "04103", Payer.COMMERCIAL, "ACM1234567",
                    null, null, null));
            Episode opened = episodes.open(patient.id(), new EpisodeDetails(BodyRegion.THORACIC, D0.minusDays(20),
                    Mechanism.REPETITIVE, EpisodeStatus.OPEN, clinic.user(Role.PT).id(), null));
            return new TestClinics.Clinic(clinic.id(), clinic.staff(), patient, opened);
        });
    }

    private void signViaHttp(WebSession therapist, LocalDate visit) {
        ClinicBilling.signDailyNote(therapist, clinic, visit);
    }

    private void signViaHttp(WebSession therapist, TestClinics.Clinic whose, LocalDate visit) {
        ClinicBilling.signDailyNote(therapist, whose, visit);
    }

    private void setUpBilling() {
        ClinicBilling.setUp(port, owner, clinic, PT_NPI, PHYSICIAN, PHYSICIAN_NPI);
    }

    // --- Browser helpers -------------------------------------------------------------------------------------

    private void signInAs(Role role) {
        browser.manage().deleteAllCookies();
        Browser.signIn(browser, port, clinic.user(role).email());
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void type(String id, String text) {
        WebElement field = Browser.scrollTo(browser, browser.findElement(By.id(id)));
        field.clear();
        field.sendKeys(text);
    }

    private void date(String id, LocalDate value) {
        WebElement field = browser.findElement(By.id(id));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}))", field, value.toString());
    }

    private void click(String id) {
        Browser.clickConfirming(browser, Browser.scrollTo(browser, browser.findElement(By.id(id))));
    }

    private void waitForText(By where, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(where, text));
    }

    private String claimsRange() {
        return "/billing/claims?from=" + D0 + "&to=" + TODAY;
    }

    private static String format(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("MMM d, yyyy", java.util.Locale.ENGLISH));
    }

    private JdbcClient db() {
        return JdbcClient.create(owner);
    }
}
