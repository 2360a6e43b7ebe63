package org.rhomboid.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import java.nio.charset.StandardCharsets;
import org.rhomboid.account.Role;
import org.rhomboid.outcome.domain.OutcomeInstrument;
import org.rhomboid.support.TestWording;
import org.rhomboid.support.CompleteIntake;
import org.rhomboid.support.IntakeLinks;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.TestClinics;
import org.rhomboid.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The patient completes outcome measures on their phone by link; the therapist sees them on the progress page. */
@RhomboidIntegrationTest
class PatientMeasuresIT {

    private static final Pattern LINK = Pattern.compile("class=\"copy-field\"[^>]*>(http[^<\"]+/measures/[^<\"]+)<");

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;
    @Autowired
    @Qualifier("migrationDataSource")
    DataSource owner;

    TestClinics.Clinic clinic;
    WebSession frontDesk;
    WebSession therapist;

    @BeforeEach
    void clinic() {
        clinic = clinics.create("Measureston");
        frontDesk = WebSession.signIn(port, clinic.user(Role.FRONT_DESK).email(), TestClinics.PASSWORD);
        therapist = WebSession.signIn(port, clinic.user(Role.PT).email(), TestClinics.PASSWORD);
    }

    /** The administrator loads placeholder wording for the copyrighted instruments, as a licensed clinic would. */
    private static WebSession.Page load(WebSession admin, OutcomeInstrument instrument, String text) {
        return admin.postMultipart("/admin/questionnaires", Map.of("instrument", List.of(instrument.name())), "file",
                instrument.name().toLowerCase() + ".txt", text.getBytes(StandardCharsets.UTF_8), "/admin/questionnaires");
    }

    private WebSession admin() {
        return WebSession.signIn(port, clinic.user(Role.CLINIC_ADMIN).email(), TestClinics.PASSWORD);
    }

    private void loadWording(OutcomeInstrument... instruments) {
        WebSession admin = admin();
        for (OutcomeInstrument instrument : instruments) {
            assertThat(load(admin, instrument, TestWording.of(instrument)).status()).isEqualTo(302);
        }
    }

    private String progress() {
        return "/episodes/" + clinic.episode().id() + "/outcomes";
    }

    private String send(WebSession staff, String... instruments) {
        WebSession.Page page = staff.postMulti("/episodes/" + clinic.episode().id() + "/measures-link",
                Map.of("instrument", List.of(instruments)), progress());
        assertThat(page.status()).isEqualTo(200);
        Matcher matcher = LINK.matcher(page.body());
        assertThat(matcher.find()).as("the page shows the link").isTrue();
        return URI.create(matcher.group(1)).getPath();
    }

    @Test
    void thePatientAnswersOnTheirPhoneAndTheTherapistSeesTheResults() {
        IntakeLinks.complete(port, frontDesk, "/episodes/" + clinic.episode().id(), CompleteIntake.fields());
        assertThat(therapist.get(progress()).body()).contains("PSFS asks again about: Lifting my toddler; "
                + "Sitting through a workday; Swimming");
        loadWording(OutcomeInstrument.NDI);
        String link = send(therapist, "NPRS", "PSFS", "NDI", "GROC");

        // The NDI in the wording the clinic loaded; the NPRS, PSFS and GROC in Rhomboid's own.
        WebSession patient = WebSession.anonymous(port);
        String form = patient.get(link).body();
        assertThat(form).contains("Hello Quinn").contains("Test wording of the NDI").contains("Placeholder question 4")
                .contains("Placeholder answer 5 of question 4")
                .contains("Lifting my toddler").contains("A very great deal better")
                .contains("Leave this out if it does not apply to you.")
                .doesNotContain(clinic.patient().familyName());

        // Unanswered questions are marked beside themselves; every chosen answer stays chosen.
        Map<String, List<String>> answers = new HashMap<>(Map.of("NPRS.0", List.of("3"), "NPRS.1", List.of("1"),
                "NPRS.2", List.of("5"), "PSFS.0", List.of("6"), "PSFS.1", List.of("7"), "PSFS.2", List.of("4"),
                "GROC.0", List.of("4")));
        for (int i = 0; i < 10; i++) {
            if (i != 7) {
                answers.put("NDI." + i, List.of(String.valueOf(i % 3)));
            }
        }
        answers.remove("NDI.4");
        WebSession.Page incomplete = patient.postMulti(link, answers, link);
        assertThat(incomplete.status()).isEqualTo(200);
        assertThat(incomplete.body()).contains("A few questions need an answer").contains("Please answer this question")
                .contains("name=\"GROC.0\" value=\"4\" checked");
        assertThat(results()).isEmpty();

        answers.put("NDI.4", List.of("1"));
        assertThat(patient.postMulti(link, answers, link).body()).contains("Thank you");
        assertThat(patient.get(link).status()).as("single use").isEqualTo(404);

        // NDI: 8 of the 45 points of the nine items answered (driving left out) = 17.8 %.
        assertThat(results()).containsExactlyInAnyOrder("NPRS 3", "PSFS 5.67", "NDI 17.8", "GROC 4");
        assertThat(JdbcClient.create(owner).sql("select count(*) from audit_event where patient_id = :p"
                        + " and channel = 'PATIENT' and resource_type in ('OutcomeRequest', 'OutcomeResult')")
                .param("p", clinic.patient().id()).query(Integer.class).single()).isGreaterThanOrEqualTo(7);

        String page = therapist.get(progress()).body();
        assertThat(page).contains("Patient, by link").contains("Answered")
                // PSFS from 2.67 at intake to 5.67: up 3, past the MDC of 2.
                .contains("reaches");
    }

    @Test
    void aNewLinkReplacesTheOldOneAndOldOrExpiredLinksOpenNothing() {
        loadWording(OutcomeInstrument.NDI, OutcomeInstrument.ODI, OutcomeInstrument.FRI, OutcomeInstrument.FABQ);
        String first = send(therapist, "NDI");
        String second = send(therapist, "ODI", "FRI", "FABQ");
        WebSession patient = WebSession.anonymous(port);
        assertThat(patient.get(first).status()).isEqualTo(404);
        assertThat(patient.get(first).body()).contains("This link can’t be used");
        String form = patient.get(second).body();
        assertThat(form).contains("Test wording of the ODI").contains("Test wording of the FRI")
                .contains("Placeholder answer 6 of question 16").doesNotContain("Test wording of the NDI");
        assertThat(therapist.get(progress()).body()).contains("Replaced by a newer link")
                .contains("Waiting for the patient");
        JdbcClient.create(owner).sql("update outcome_request set expires_at = now() - interval '1 minute'"
                + " where episode_id = :e").param("e", clinic.episode().id()).update();
        assertThat(patient.get(second).status()).isEqualTo(404);
        assertThat(patient.postMulti(second, Map.of("ODI.0", List.of("1")), second).status()).isEqualTo(404);
        assertThat(patient.get("/measures/not-a-real-token").status()).isEqualTo(404);
        assertThat(therapist.get(progress()).body()).contains("Expired");
    }

    @Test
    void thePsfsNeedsTheIntakesActivitiesAndAssistantsMaySendButBillersMayNot() {
        WebSession.Page refused = therapist.postMulti("/episodes/" + clinic.episode().id() + "/measures-link",
                Map.of("instrument", List.of("PSFS", "NDI")), progress());
        assertThat(refused.status()).isEqualTo(302);
        assertThat(therapist.get(progress()).body()).contains("record it yourself instead");
        WebSession.Page nothing = therapist.postMulti("/episodes/" + clinic.episode().id() + "/measures-link",
                Map.of("nothing", List.of("x")), progress());
        assertThat(nothing.status()).isEqualTo(302);
        assertThat(therapist.get(progress()).body()).contains("Choose at least one measure");
        WebSession.Page unknown = therapist.postMulti("/episodes/" + clinic.episode().id() + "/measures-link",
                Map.of("instrument", List.of("SF36")), progress());
        assertThat(unknown.status()).isEqualTo(302);

        WebSession assistant = WebSession.signIn(port, clinic.user(Role.PTA).email(), TestClinics.PASSWORD);
        send(assistant, "GROC");
        WebSession biller = WebSession.signIn(port, clinic.user(Role.BILLER).email(), TestClinics.PASSWORD);
        assertThat(biller.postMulti("/episodes/" + clinic.episode().id() + "/measures-link",
                Map.of("instrument", List.of("NDI")), progress()).status()).isEqualTo(403);
        // The front desk sends the intake link, not measures: those are asked from the progress page it can't open.
        assertThat(frontDesk.postMulti("/episodes/" + clinic.episode().id() + "/measures-link",
                Map.of("instrument", List.of("NDI")), "/patients").status()).isEqualTo(403);
    }

    @Test
    void aCopyrightedMeasureCantBeSentBeforeTheClinicLoadsItsWordingButItsScoreCanBeRecorded() {
        String page = therapist.get(progress()).body();
        for (String licensed : List.of("NDI", "ODI", "FABQ", "FRI")) {
            assertThat(page).as(licensed + " disabled").containsPattern("<input[^>]*id=\"ask-" + licensed
                    + "\"[^>]*disabled").contains("The " + licensed + " is copyrighted: it can be sent once your clinic "
                    + "administrator loads its licensed wording");
        }
        assertThat(page).doesNotContainPattern("<input[^>]*id=\"ask-GROC\"[^>]*disabled");
        WebSession.Page refused = therapist.postMulti("/episodes/" + clinic.episode().id() + "/measures-link",
                Map.of("instrument", List.of("NPRS", "NDI")), progress());
        assertThat(refused.status()).as("back to the progress page").isEqualTo(302);
        assertThat(therapist.get(progress()).body()).contains("record the patient&#39;s score yourself");
        assertThat(JdbcClient.create(owner).sql("select count(*) from outcome_request where episode_id = :e")
                .param("e", clinic.episode().id()).query(Integer.class).single()).as("no link").isZero();

        // The therapist enters the NDI from the paper form the patient filled in.
        Map<String, String> ndi = new HashMap<>(Map.of("instrument", "NDI", "measuredOn",
                java.time.LocalDate.now().toString()));
        for (int i = 0; i < 10; i++) {
            ndi.put("r" + i, "2");
        }
        assertThat(therapist.post(progress(), ndi, progress()).status()).isEqualTo(302);
        assertThat(JdbcClient.create(owner).sql("select instrument || ' ' || trim_scale(value) from outcome_result"
                + " where episode_id = :e").param("e", clinic.episode().id()).query(String.class).list())
                .containsExactly("NDI 40");
    }

    @Test
    void theAdministratorsFileIsCheckedAgainstTheScoringBesideItsFieldAndTheChangeIsAudited() {
        WebSession admin = admin();
        assertThat(admin.get("/admin/questionnaires").body()).contains("Not loaded: the NDI can’t be sent");
        WebSession.Page short9 = load(admin, OutcomeInstrument.NDI, TestWording.of(OutcomeInstrument.NDI, 9, 6));
        assertThat(short9.status()).isEqualTo(200);
        assertThat(short9.body()).contains("Not loaded: please see the marked field")
                .contains("The NDI has 10 items; this file has 9.");
        WebSession.Page fewAnswers = load(admin, OutcomeInstrument.FRI, TestWording.of(OutcomeInstrument.FRI, 10, 4));
        assertThat(fewAnswers.body()).contains("Question 1 has 4 answers; the FRI scores each item 0 to 4, so it needs 5");
        WebSession.Page binary = admin.postMultipart("/admin/questionnaires", Map.of("instrument", List.of("ODI")),
                "file", "odi.pdf", new byte[] {(byte) 0xC3, (byte) 0x28, 0, 1}, "/admin/questionnaires");
        assertThat(binary.status()).isEqualTo(200);
        assertThat(binary.body()).contains("not plain text in UTF-8");
        WebSession.Page huge = admin.postMultipart("/admin/questionnaires", Map.of("instrument", List.of("ODI")),
                "file", "odi.txt", new byte[70 * 1024], "/admin/questionnaires");
        assertThat(huge.body()).contains("larger than 64 kilobytes");
        WebSession.Page shipped = admin.postMultipart("/admin/questionnaires", Map.of("instrument", List.of("GROC")),
                "file", "groc.txt", TestWording.of(OutcomeInstrument.GROC).getBytes(StandardCharsets.UTF_8),
                "/admin/questionnaires");
        assertThat(shipped.body()).contains("Choose one of the instruments listed.");
        assertThat(wordingRows()).as("nothing stored").isZero();
        assertThat(therapist.postMultipart("/admin/questionnaires", Map.of("instrument", List.of("NDI")), "file",
                "ndi.txt", TestWording.of(OutcomeInstrument.NDI).getBytes(StandardCharsets.UTF_8), progress())
                .status()).as("administrators only").isEqualTo(403);

        assertThat(load(admin, OutcomeInstrument.NDI, TestWording.of(OutcomeInstrument.NDI)).status()).isEqualTo(302);
        assertThat(admin.get("/admin/questionnaires").body()).contains("The NDI wording is loaded")
                .contains("Loaded: 10 items, from ndi.txt");
        assertThat(load(admin, OutcomeInstrument.NDI, TestWording.of(OutcomeInstrument.NDI)).status()).isEqualTo(302);
        assertThat(wordingRows()).as("replaced, not added").isEqualTo(1);
        assertThat(JdbcClient.create(owner).sql("select action || ' ' || resource_id from audit_event"
                        + " where clinic_id = :c and resource_type = 'LicensedQuestionnaire' order by id")
                .param("c", clinic.id()).query(String.class).list()).containsExactly("CREATE NDI", "UPDATE NDI");
        assertThat(therapist.get(progress()).body()).doesNotContainPattern("<input[^>]*id=\"ask-NDI\"[^>]*disabled");
    }

    @Test
    void oneClinicsLoadedWordingIsNotAnotherClinics() {
        loadWording(OutcomeInstrument.NDI);
        TestClinics.Clinic other = clinics.create("Elsewhere");
        WebSession otherTherapist = WebSession.signIn(port, other.user(Role.PT).email(), TestClinics.PASSWORD);
        String otherProgress = "/episodes/" + other.episode().id() + "/outcomes";
        assertThat(otherTherapist.get(otherProgress).body())
                .containsPattern("<input[^>]*id=\"ask-NDI\"[^>]*disabled");
        assertThat(otherTherapist.postMulti("/episodes/" + other.episode().id() + "/measures-link",
                Map.of("instrument", List.of("NDI")), otherProgress).status()).isEqualTo(302);
        assertThat(otherTherapist.get(otherProgress).body()).contains("The NDI is copyrighted");
        WebSession otherAdmin = WebSession.signIn(port, other.user(Role.CLINIC_ADMIN).email(), TestClinics.PASSWORD);
        assertThat(otherAdmin.get("/admin/questionnaires").body()).contains("Not loaded: the NDI can’t be sent")
                .doesNotContain("ndi.txt");
        assertThat(therapist.get(progress()).body()).doesNotContainPattern("<input[^>]*id=\"ask-NDI\"[^>]*disabled");
    }

    private int wordingRows() {
        return JdbcClient.create(owner).sql("select count(*) from licensed_questionnaire where clinic_id = :c")
                .param("c", clinic.id()).query(Integer.class).single();
    }

    @Test
    void theTherapistRecordsTheNprsAsTheCurrentPainAloneOrAsThreeRatings() {
        assertThat(therapist.get(progress()).body()).contains("Give the pain now alone");
        String today = java.time.LocalDate.now().toString();
        WebSession.Page single = therapist.post(progress(), Map.of("instrument", "NPRS", "measuredOn", today,
                "r0", "7", "r1", "", "r2", ""), progress());
        assertThat(single.status()).as(single.body()).isEqualTo(302);
        WebSession.Page half = therapist.post(progress(), Map.of("instrument", "NPRS", "measuredOn", today,
                "r0", "7", "r1", "3", "r2", ""), progress());
        assertThat(half.status()).isEqualTo(200);
        assertThat(half.body()).contains("give all three ratings, or the current pain alone")
                .contains("value=\"3\"");
        WebSession.Page three = therapist.post(progress(), Map.of("instrument", "NPRS", "measuredOn", today,
                "r0", "5", "r1", "3", "r2", "7"), progress());
        assertThat(three.status()).isEqualTo(302);
        assertThat(JdbcClient.create(owner).sql("select cardinality(responses) || ' ' || trim_scale(value)"
                        + " from outcome_result where episode_id = :e and instrument = 'NPRS' order by recorded_at")
                .param("e", clinic.episode().id()).query(String.class).list()).containsExactly("1 7", "3 5");
    }

    @Test
    void theProgressPageJudgesEachFabqSubscaleAgainstItsOwnMcid() {
        String today = java.time.LocalDate.now().toString();
        int[][] answers = {{0, 6, 6, 5, 4, 6, 6, 0, 5, 5, 6, 4, 0, 0, 6, 0}, {0, 4, 4, 3, 4, 4, 4, 0, 4, 4, 4, 4, 0, 0, 4, 0}};
        for (int[] fabq : answers) {
            Map<String, String> form = new HashMap<>(Map.of("instrument", "FABQ", "measuredOn", today));
            for (int i = 0; i < fabq.length; i++) {
                form.put("r" + i, String.valueOf(fabq[i]));
            }
            assertThat(therapist.post(progress(), form, progress()).status()).isEqualTo(302);
        }
        String page = therapist.get(progress()).body();
        // physical activity 21 → 15 (−6, MCID 4), work 38 → 28 (−10, MCID 7)
        assertThat(page).contains("FABQ physical activity</span>: change <strong>-6 points</strong>")
                .contains("FABQ work</span>: change <strong>-10 points</strong>")
                .contains("the MCID of <span>4</span>").contains("the MCID of <span>7</span>")
                .doesNotContain("no established MCID");
    }

    private List<String> results() {
        return JdbcClient.create(owner).sql("select instrument || ' ' || trim_scale(value) from outcome_result"
                        + " where episode_id = :e and source = 'PATIENT'")
                .param("e", clinic.episode().id()).query(String.class).list();
    }
}
