package org.rhomboid.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rhomboid.account.Role;
import org.rhomboid.support.Pdfs;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.SignedEvaluation;
import org.rhomboid.support.TestClinics;
import org.rhomboid.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The documents of issue 7 on real PostgreSQL, read back as a reader would: the signed initial evaluation as a PDF
 * with the intake's body chart, the plan of care sent for certification and the progress letter, each as a page
 * and a PDF from the same fragment; refused (409) before their source is signed, 404 for another clinic's ids.
 */
@RhomboidIntegrationTest
class DocumentsIT {

    private static final LocalDate TODAY = LocalDate.now();
    private static final String GOAL = "Patient will sit through a workday";

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;
    @Autowired
    @Qualifier("migrationDataSource")
    DataSource owner;

    TestClinics.Clinic clinic;
    WebSession therapist;
    String episode;

    @BeforeEach
    void clinic() {
        clinic = clinics.create("Letterby");
        therapist = WebSession.signIn(port, clinic.user(Role.PT).email(), TestClinics.PASSWORD);
        episode = "/episodes/" + clinic.episode().id();
        JdbcClient.create(owner).sql("update patient set referring_provider_name = 'Dr Ann Lee',"
                + " referring_provider_npi = '1234567893' where id = :id").param("id", clinic.patient().id()).update();
    }

    private byte[] pdf(String path) {
        HttpResponse<byte[]> response = therapist.getBytes(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(response.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        return response.body();
    }

    private static void vector(byte[] pdf) {
        assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).as("charts are vector art, not images")
                .doesNotContain("/Subtype /Image").doesNotContain("/Subtype/Image");
    }

    private void identifiesThePatientOnEveryPage(String text, int pages) {
        assertThat(text).contains("Test clinic").contains("Quinn " + clinic.patient().familyName())
                .contains("DOB Feb 14, 1960").contains("Page 1 of " + pages);
        int named = text.split("DOB Feb 14, 1960", -1).length - 1;
        assertThat(named).as("the patient line on every page").isGreaterThanOrEqualTo(pages);
    }

    /** Pixels of the chart's selected-region orange (#f97316), as pdftoppm prints them. */
    private static int orange(BufferedImage page) {
        int count = 0;
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                int rgb = page.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (r > 220 && g > 90 && g < 140 && b < 60) {
                    count++;
                }
            }
        }
        return count;
    }

    @Test
    void theSignedEvaluationPrintsAsSignedWithThePatientsBodyChart() throws Exception {
        assertThat(therapist.getBytes(episode + "/evaluation/pdf").statusCode()).as("not signed yet").isEqualTo(409);
        assertThat(therapist.get(episode + "/evaluation").body()).doesNotContain("id=\"evaluation-pdf\"");

        SignedEvaluation.sign(port, clinic, TODAY.minusDays(3));
        String page = therapist.get(episode + "/evaluation").body();
        assertThat(page).contains("id=\"evaluation-pdf\"").contains("id=\"certification-letter\"")
                .contains("class=\"pain-map\"").contains("Between the shoulder blades")
                .contains("data-region=\"INTERSCAPULAR\"");

        byte[] pdf = pdf(episode + "/evaluation/pdf");
        String text = Pdfs.text(pdf);
        int pages = Pdfs.pages(pdf);
        identifiesThePatientOnEveryPage(text, pages);
        assertThat(text).contains("Initial evaluation").contains("Subjective").contains("Objective")
                .contains("Assessment").contains("Plan")
                .contains("Pain (NPRS) now 4/10").contains("Mid-thoracic stiffness with increased kyphosis.")
                .contains("Diagnoses (ICD-10-CM): M54.6").contains("2× a week for 8 weeks")
                .contains(GOAL).contains("return to full-time desk work")
                .contains("Certification: plan signed by the referring practitioner")
                .contains("Pain the patient marked on the intake body chart")
                .contains("Between the shoulder blades: aching").contains("Left ribs and chest wall: sharp")
                .contains("Electronically signed by " + clinic.user(Role.PT).displayName())
                .contains("Referred by Dr Ann Lee");
        vector(pdf);

        BufferedImage printed = Pdfs.firstPage(pdf, "initial-evaluation-pdf");
        assertThat(printed.getWidth()).isLessThan(printed.getHeight());
        assertThat(Pdfs.inked(printed)).as("the page is printed on").isBetween(0.005, 0.5);
        assertThat(orange(printed)).as("the body chart draws the patient's two regions").isGreaterThan(30);
    }

    @Test
    void thePlanOfCareGoesToTheReferringProviderForCertification() throws Exception {
        String letter = episode + "/letters/plan-of-care";
        assertThat(therapist.get(letter).status()).as("no signed evaluation yet").isEqualTo(409);
        assertThat(therapist.getBytes(letter + "/pdf").statusCode()).isEqualTo(409);

        SignedEvaluation.sign(port, clinic, TODAY.minusDays(3));
        String page = therapist.get(letter).body();
        assertThat(page).contains("Plan of care for certification").contains("Dr Ann Lee")
                .contains("M54.6 — Pain in thoracic spine").contains("id=\"letter-pdf\"")
                .contains("Signature of the physician / NPP").contains("The plan is certified.");

        byte[] pdf = pdf(letter + "/pdf");
        String text = Pdfs.text(pdf);
        identifiesThePatientOnEveryPage(text, Pdfs.pages(pdf));
        assertThat(text).contains("To: Dr Ann Lee (NPI 1234567893)").contains("Dear Dr Ann Lee,")
                .contains("Re: Plan of care for certification")
                .contains("M54.6 — Pain in thoracic spine").contains("2× a week for 8 weeks")
                .contains("Thoracic mobility exercise (CPT 97110)").contains("Rehabilitation potential: good")
                .contains("Certification period " + date(TODAY.minusDays(3)) + " through "
                        + date(TODAY.minusDays(3).plusWeeks(8).minusDays(1)))
                .contains("Long-term: " + GOAL)
                .contains("return it to us by " + date(TODAY.minusDays(3).plusDays(30)))
                .contains("I have reviewed this plan of care. I certify that these services are needed")
                .contains("Signature of the physician / NPP").contains("Date").contains("Printed name").contains("NPI")
                .contains("Kind regards, " + clinic.user(Role.PT).displayName());
        vector(pdf);
        BufferedImage printed = Pdfs.firstPage(pdf, "plan-of-care-letter-pdf");
        assertThat(Pdfs.inked(printed)).as("the page is printed on").isBetween(0.005, 0.5);
    }

    @Test
    void theProgressLetterCarriesTheLatestSignedReportAndItsTrendCharts() throws Exception {
        String letter = episode + "/letters/progress";
        SignedEvaluation.sign(port, clinic, TODAY.minusDays(20));
        assertThat(therapist.get(letter).status()).as("no signed progress report yet").isEqualTo(409);
        assertThat(therapist.get(episode + "/notes").body()).doesNotContain("id=\"progress-letter\"");

        // The intake's baseline ten days ago and a rating before the report draw the line; a rating after the
        // report stays off the letter, whose charts end on the report's date.
        JdbcClient.create(owner).sql("update outcome_result set measured_on = :day where episode_id = :episode")
                .param("day", TODAY.minusDays(10)).param("episode", clinic.episode().id()).update();
        recordPain(TODAY.minusDays(2), "3");
        String report = startProgressReport();
        String reportPage = therapist.get(report).body();
        String goal = reportPage.replaceAll("(?s).*name=\"(goal\\.[0-9a-f-]{36})\\.status\".*", "$1");
        Map<String, List<String>> progress = new HashMap<>(Map.of("visitDate", List.of(TODAY.minusDays(1).toString()),
                "action", List.of("sign"), goal + ".status", List.of("PROGRESSING"),
                goal + ".comment", List.of("Sits 4 hours now"),
                "assessment", List.of("Steady progress toward the sitting goal."),
                "plan", List.of("Continue twice weekly for 4 weeks.")));
        assertThat(therapist.postMulti(report, progress, report).status()).isEqualTo(302);
        recordPain(TODAY, "1");

        assertThat(therapist.get(episode + "/notes").body()).contains("id=\"progress-letter\"");
        String page = therapist.get(letter).body();
        assertThat(page).contains("Sits 4 hours now").contains("Steady progress toward the sitting goal.")
                .contains("<svg").contains("Numeric Pain Rating Scale: ")
                .contains(" on " + day(TODAY.minusDays(2)) + " (2 results, lower is better)");
        assertThat(therapist.get(episode + "/outcomes").body()).as("the progress page shows every result")
                .contains(" on " + day(TODAY) + " (3 results, lower is better)");

        byte[] pdf = pdf(letter + "/pdf");
        String text = Pdfs.text(pdf);
        identifiesThePatientOnEveryPage(text, Pdfs.pages(pdf));
        assertThat(text).contains("Re: Progress report").contains("Dear Dr Ann Lee,")
                .contains("This is my progress report of " + date(TODAY.minusDays(1)))
                .contains(GOAL).contains("Sits 4 hours now").contains("Progressing")
                .contains("Trends").contains("Numeric Pain Rating Scale").contains("Patient-Specific Functional Scale")
                .contains("Continue twice weekly for 4 weeks.")
                .contains("Kind regards, " + clinic.user(Role.PT).displayName())
                .doesNotContain("Signature of the physician");
        vector(pdf);
        BufferedImage printed = Pdfs.firstPage(pdf, "progress-letter-pdf");
        assertThat(Pdfs.inked(printed)).as("the page is printed on").isBetween(0.005, 0.5);
    }

    /**
     * A woman with osteoporosis after a minor fall (suspected compression fracture, urgent referral, acknowledged):
     * every document states the concern, its status and the precautions in force; once imaging clears the fracture
     * the documents written afterwards say so, while the signed evaluation keeps what was in force when it was signed.
     */
    @Test
    void everyDocumentStatesTheRedFlagsTheirStatusAndThePrecautionsInForce() throws Exception {
        assertThat(therapist.postMulti(episode + "/exam-findings", Map.of("finding",
                List.of("OSTEOPOROSIS", "MINOR_TRAUMA")), episode).status()).isEqualTo(302);
        SignedEvaluation.sign(port, clinic, TODAY.minusDays(3));

        String evaluation = Pdfs.text(pdf(episode + "/evaluation/pdf"));
        String certification = Pdfs.text(pdf(episode + "/letters/plan-of-care/pdf"));
        byte[] referralPdf = pdf(episode + "/referral-letter/pdf");
        String referral = Pdfs.text(referralPdf);
        String note = Pdfs.text(pdf(signedDailyNote() + "/pdf"));
        for (String text : List.of(evaluation, certification, referral, note)) {
            assertThat(text).contains("Red flags and precautions")
                    .contains("Vertebral fracture (urgent referral): Referred — acknowledged by "
                            + clinic.user(Role.PT).displayName())
                    .contains("Precautions in force").contains("No thrust manipulation — Osteoporosis (fragile bone)")
                    .contains("suspected vertebral fracture")
                    .contains("No joint mobilization — Vertebral fracture not yet excluded");
        }
        identifiesThePatientOnEveryPage(referral, Pdfs.pages(referralPdf));
        assertThat(referral).contains("To: Dr Ann Lee").contains("requesting prompt medical review and imaging");
        BufferedImage printed = Pdfs.firstPage(referralPdf, "referral-letter-pdf", 80);
        assertThat(Pdfs.inked(printed)).as("the page is printed on").isBetween(0.005, 0.5);
        assertThat(therapist.get(episode + "/referral-letter").body()).contains("id=\"referral-pdf\"")
                .contains("Red flags and precautions").contains("No thrust manipulation");

        Map<String, List<String>> outcome = Map.of("condition", List.of("VERTEBRAL_FRACTURE"),
                "method", List.of("IMAGING"), "resultDate", List.of(TODAY.toString()),
                "note", List.of("MRI: no acute fracture."));
        assertThat(therapist.postMultipart(episode + "/clearances", outcome, null, null, null, episode).status())
                .isEqualTo(302);
        for (String path : List.of("/letters/plan-of-care/pdf", "/referral-letter/pdf")) {
            String text = Pdfs.text(pdf(episode + path));
            assertThat(text).as(path).contains("Vertebral fracture (urgent referral): Cleared — cleared on "
                            + date(TODAY) + " by imaging")
                    .contains("No thrust manipulation — Osteoporosis (fragile bone)")
                    .doesNotContain("No joint mobilization").doesNotContain("suspected vertebral fracture");
        }
        assertThat(Pdfs.text(pdf(episode + "/evaluation/pdf"))).as("as signed")
                .contains("Vertebral fracture (urgent referral): Referred").doesNotContain("cleared on");
    }

    /** A daily note signed today on the signed plan; its address. */
    private String signedDailyNote() {
        String notes = episode + "/notes";
        WebSession.Page started = therapist.post(notes, Map.of("kind", "DAILY_NOTE"), notes);
        assertThat(started.location()).contains("/notes/");
        String note = started.location().substring(started.location().indexOf("/notes/"));
        Map<String, List<String>> f = new HashMap<>();
        f.put("visitDate", List.of(TODAY.toString()));
        f.put("painToday", List.of("4"));
        f.put("patientReport", List.of("Sat through a full workday"));
        f.put("hepAdherence", List.of("MOST"));
        f.put("objective", List.of("Thoracic rotation L 40°"));
        f.put("i0.code", List.of("97110"));
        f.put("i0.minutes", List.of("23"));
        f.put("i0.e0.name", List.of("Open book rotation"));
        f.put("i0.e0.sets", List.of("2"));
        f.put("i0.e0.reps", List.of("12"));
        f.put("totalTreatmentMinutes", List.of("30"));
        f.put("assessment", List.of("Better rotation."));
        f.put("plan", List.of("Continue."));
        f.put("action", List.of("sign"));
        WebSession.Page signed = therapist.postMulti(note, f, note);
        assertThat(signed.status()).as(signed.body()).isEqualTo(302);
        return note;
    }

    @Test
    void lettersAreForClinicalStaffOfTheClinicAndKnownKindsOnly() {
        SignedEvaluation.sign(port, clinic, TODAY.minusDays(3));
        assertThat(therapist.get(episode + "/letters/discharge-party").status()).isEqualTo(404);
        WebSession frontDesk = WebSession.signIn(port, clinic.user(Role.FRONT_DESK).email(), TestClinics.PASSWORD);
        assertThat(frontDesk.get(episode + "/letters/plan-of-care").status()).isEqualTo(403);

        TestClinics.Clinic other = clinics.create("Otherwick");
        WebSession stranger = WebSession.signIn(port, other.user(Role.PT).email(), TestClinics.PASSWORD);
        for (String path : List.of("/evaluation/pdf", "/letters/plan-of-care", "/letters/plan-of-care/pdf",
                "/letters/progress", "/letters/progress/pdf")) {
            HttpResponse<byte[]> response = stranger.getBytes(episode + path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(new String(response.body(), StandardCharsets.UTF_8)).doesNotContain("Letterby");
        }
    }

    private void recordPain(LocalDate on, String now) {
        String progress = episode + "/outcomes";
        assertThat(therapist.post(progress, Map.of("instrument", "NPRS", "measuredOn", on.toString(),
                "r0", now, "r1", "1", "r2", "5"), progress).status()).isEqualTo(302);
    }

    private String startProgressReport() {
        String notes = episode + "/notes";
        WebSession.Page started = therapist.post(notes, Map.of("kind", "PROGRESS_REPORT"), notes);
        assertThat(started.location()).contains("/notes/");
        return started.location().substring(started.location().indexOf("/notes/"));
    }

    private static String day(LocalDate day) {
        return java.time.format.DateTimeFormatter.ofPattern("MMM d", java.util.Locale.ENGLISH).format(day);
    }

    private static String date(LocalDate day) {
        return java.time.format.DateTimeFormatter.ofPattern("MMM d, yyyy", java.util.Locale.ENGLISH).format(day);
    }
}
