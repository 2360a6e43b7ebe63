package org.rhomboid.hep;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rhomboid.account.Role;
import org.rhomboid.exercise.domain.Exercise;
import org.rhomboid.exercise.domain.ExerciseLibrary;
import org.rhomboid.exercise.domain.Movement;
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
 * Home exercise on real PostgreSQL: prescribing from the chart under the patient's screening, versioned programmes,
 * the portal by secret link (renewed, revoked), the patient's logs, what the therapist then sees, and the handout.
 */
@RhomboidIntegrationTest
class HomeExerciseIT {

    private static final LocalDate TODAY = LocalDate.now();
    private static final Pattern LINK = Pattern.compile("class=\"copy-field\"[^>]*>(http[^<\"]+/portal/[^<\"]+)<");

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;
    @Autowired
    @Qualifier("migrationDataSource")
    DataSource owner;

    TestClinics.Clinic clinic;
    WebSession therapist;
    String hep;

    @BeforeEach
    void signedEvaluation() {
        clinic = clinics.create("Hepworth");
        SignedEvaluation.sign(port, clinic, TODAY.minusDays(14));
        db().sql("update episode set started_on = :d where id = :e").param("d", TODAY.minusDays(14))
                .param("e", clinic.episode().id()).update();
        therapist = WebSession.signIn(port, clinic.user(Role.PT).email(), TestClinics.PASSWORD);
        hep = "/episodes/" + clinic.episode().id() + "/hep";
    }

    private JdbcClient db() {
        return JdbcClient.create(owner);
    }

    private WebSession.Page prescribe(Map<String, List<String>> form) {
        return therapist.postMulti(hep, form, hep);
    }

    /** Fills the prescription row the page shows for the exercise, as the therapist would. */
    private Map<String, List<String>> row(Map<String, List<String>> form, String code, String sets, String reps,
                                          String note) {
        return row(form, code, sets, reps, note, note == null ? null : "Keep the movement small and gentle");
    }

    /** As above, with the therapist's chart note on the adaptation and the separate line the patient reads. */
    private Map<String, List<String>> row(Map<String, List<String>> form, String code, String sets, String reps,
                                          String note, String patientLine) {
        Matcher row = Pattern.compile("name=\"ex\\.(\\d+)\\.code\" value=\"" + Pattern.quote(code) + "\"")
                .matcher(therapist.get(hep).body());
        assertThat(row.find()).as(code + " is offered").isTrue();
        int i = Integer.parseInt(row.group(1));
        form.put("ex." + i + ".code", List.of(code));
        form.put("ex." + i + ".sets", List.of(sets));
        form.put("ex." + i + ".reps", List.of(reps));
        form.put("ex." + i + ".timesPerDay", List.of("1"));
        form.put("ex." + i + ".daysPerWeek", List.of("7"));
        if (note != null) {
            form.put("ex." + i + ".safetyNote", List.of(note));
        }
        if (patientLine != null) {
            form.put("ex." + i + ".patientNote", List.of(patientLine));
        }
        return form;
    }

    private int versions() {
        return db().sql("select count(*) from hep_program where episode_id = :e").param("e", clinic.episode().id())
                .query(Integer.class).single();
    }

    private String issueLink() {
        WebSession.Page page = therapist.post(hep.replace("/hep", "/portal-link"), Map.of(), hep);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Portal link ready").contains("<svg").contains("h1v1h-1z");
        Matcher matcher = LINK.matcher(page.body());
        assertThat(matcher.find()).isTrue();
        return URI.create(matcher.group(1)).getPath();
    }

    @Test
    void theTherapistPrescribesTheSuggestionsAndEachChangeIsANewVersion() {
        String page = therapist.get(hep).body();
        assertThat(page).contains("Suggested for: Hyperkyphosis").contains("Thoracic extension over a foam roller")
                .contains("No programme yet");
        // The patient (a woman over 50) has fracture risk factors: the roller needs the therapist's note.
        assertThat(page).contains("Caution: Fracture risk factors");
        Map<String, List<String>> form = row(new HashMap<>(), "thoracic-extension-foam-roller", "1", "5", null);
        WebSession.Page refused = prescribe(form);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Not saved yet").contains("Write how you have adapted it (for the chart)")
                .contains("Write what the patient should do, in plain words");
        assertThat(versions()).isZero();

        row(form, "thoracic-extension-foam-roller", "1", "5", "Soft roller, hips down, 3 levels only");
        row(form, "cat-cow", "2", "10", "Mid-range only");
        assertThat(prescribe(form).status()).isEqualTo(302);
        assertThat(therapist.get(hep).body()).contains("Programme in force — version 1").contains("2 sets of 10")
                .contains("Adapted (chart only): Soft roller, hips down, 3 levels only")
                .contains("Patient reads: Take care: Keep the movement small and gentle").contains("<animate");

        row(form, "cat-cow", "3", "12", "Mid-range only");
        assertThat(prescribe(form).status()).isEqualTo(302);
        assertThat(versions()).isEqualTo(2);
        String after = therapist.get(hep).body();
        assertThat(after).contains("Programme in force — version 2").contains("3 sets of 12")
                .contains("Programme history");
        assertThat(db().sql("select count(*) from hep_program_exercise x join hep_program p on p.id = x.program_id"
                        + " where p.episode_id = :e and p.version = 1 and x.sets = 2 and x.exercise_code = 'cat-cow'")
                .param("e", clinic.episode().id()).query(Integer.class).single())
                .as("version 1 keeps what the patient had then").isEqualTo(1);

        // An exercise the clinic has hidden is no longer prescribed, even when its code is posted.
        therapist.post("/exercises/wall-angels/hide", Map.of(), "/exercises/wall-angels");
        Map<String, List<String>> hidden = new HashMap<>(Map.of("ex.0.code", List.of("wall-angels"),
                "ex.0.sets", List.of("1"), "ex.0.reps", List.of("10"), "ex.0.timesPerDay", List.of("1"),
                "ex.0.daysPerWeek", List.of("7")));
        assertThat(prescribe(hidden).body()).contains("isn&#39;t in the clinic&#39;s library");
        assertThat(versions()).isEqualTo(2);
    }

    @Test
    void aFractureSuspectedPatientCannotBeGivenLoadedFlexion() {
        Exercise loadedFlexion = ExerciseLibrary.builtIn().stream()
                .filter(e -> e.movements().contains(Movement.LOADED_FLEXION)).findFirst().orElseThrow();
        String episode = "/episodes/" + clinic.episode().id();
        assertThat(therapist.postMulti(episode + "/exam-findings", Map.of("finding", List.of("SIGNIFICANT_TRAUMA")),
                episode).status()).isEqualTo(302);
        String page = therapist.get(hep).body();
        assertThat(page).contains("Not for this patient: Suspected vertebral fracture: no loaded spinal flexion");
        WebSession.Page refused = prescribe(row(new HashMap<>(), loadedFlexion.code(), "1", "5",
                "I know the risks"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("is not safe for this patient");
        assertThat(versions()).isZero();
    }

    @Test
    void thePatientLogsInThePortalAndTheTherapistSeesAdherencePainAndComments() throws Exception {
        // Cat-cow is under caution (fracture risk factors): the chart note stays in the chart, the patient reads
        // only the plain-language line.
        Map<String, List<String>> form = row(new HashMap<>(), "cat-cow", "2", "10",
                "BMD unknown; EROM flexion avoided", "Round your back only halfway");
        form.put("effectiveFrom", List.of(TODAY.minusDays(3).toString()));
        assertThat(prescribe(form).status()).isEqualTo(302);
        String link = issueLink();

        WebSession patient = WebSession.anonymous(port);
        String portal = patient.get(link).body();
        assertThat(portal).contains("Hello Quinn").contains("Cat-cow").contains("<animate")
                .contains("repeatCount=\"indefinite\"").doesNotContain("Hepworth")
                .contains("Take care: Round your back only halfway").doesNotContain("BMD unknown")
                .doesNotContain("EROM flexion avoided");

        Map<String, String> bad = Map.of("date", TODAY.toString(), "painBefore", "11");
        WebSession.Page kept = patient.post(link + "/sessions", bad, link);
        assertThat(kept.status()).isEqualTo(200);
        assertThat(kept.body()).contains("A few answers need a look").contains("Choose done, partly or skipped");

        for (int daysAgo = 2; daysAgo >= 0; daysAgo--) {
            WebSession.Page saved = patient.post(link + "/sessions", Map.of("date", TODAY.minusDays(daysAgo).toString(),
                    "ex.0.status", "DONE", "ex.0.sets", "2", "ex.0.reps", "10", "painBefore", "4",
                    "painAfter", "3", "difficulty", "ABOUT_RIGHT",
                    "comment", daysAgo == 0 ? "Stiff in the morning, easier after" : ""), link);
            assertThat(saved.body()).contains("your session is saved");
        }
        assertThat(patient.post(link + "/diary", Map.of("date", TODAY.toString(), "pain", "3",
                "comment", "Long day at the desk"), link).body()).contains("pain is noted");

        String page = therapist.get(hep).body();
        assertThat(page).contains("Adherence by week").contains("week 1 ").contains("Stiff in the morning, easier after")
                .contains("Long day at the desk").contains("Pain at home").contains("Days with data")
                .doesNotContain("No days with patient-logged data yet");
        assertThat(db().sql("select count(*) from audit_event where patient_id = :p and resource_type ="
                        + " 'HomeExerciseLog' and action = 'CREATE'").param("p", clinic.patient().id())
                .query(Integer.class).single()).isEqualTo(4);
        assertThat(db().sql("select distinct channel || ' ' || username from audit_event where patient_id = :p"
                        + " and resource_type = 'HomeExerciseLog' and action = 'CREATE'").param("p", clinic.patient().id())
                .query(String.class).list()).as("the portal's actions are the patient's, not the system's")
                .containsExactly("PATIENT patient (by link)");

        // The handout: pictures, dosage, goals, contact details; with the live link, its QR code and address.
        HttpResponse<byte[]> plain = therapist.getBytes(hep + "/handout");
        assertThat(plain.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("pdf"));
        String text = Pdfs.text(plain.body());
        assertThat(text).contains("Your home exercise programme").contains("Cat-cow").contains("2 sets of 10")
                .contains("sit through a workday").contains("Stay safe").contains("At your desk")
                .contains("Take care:").contains("Round your back only halfway")
                .doesNotContain("BMD unknown").doesNotContain("EROM flexion").doesNotContain("/portal/");
        assertThat(Pdfs.inked(Pdfs.firstPage(plain.body(), "hep-handout"))).as("pictures and text are printed")
                .isBetween(0.005, 0.5);
        byte[] linked = therapist.postBytes(hep + "/handout", Map.of("token", token(link)), hep);
        assertThat(Pdfs.text(linked)).contains("Your exercise portal").contains(link);
        assertThat(Pdfs.qrCode(Pdfs.firstPage(linked, "hep-handout-with-link", 300))).as("the printed QR code")
                .endsWith(link);

        // Renewing stops the old link (and its handout); revoking stops the new one.
        String renewed = issueLink();
        assertThat(patient.get(link).status()).isEqualTo(404);
        assertThat(therapist.postForResponse(hep + "/handout", Map.of("token", token(link)), hep).statusCode())
                .isEqualTo(409);
        assertThat(patient.get(renewed).status()).isEqualTo(200);
        assertThat(therapist.post(hep.replace("/hep", "/portal-link/revoke"), Map.of(), hep).status()).isEqualTo(302);
        assertThat(patient.get(renewed).status()).isEqualTo(404);
        assertThat(patient.post(renewed + "/diary", Map.of("pain", "2"), renewed).status()).isEqualTo(404);
    }

    @Test
    void theNextDailyNoteOpensWithThePatientsLogsAndTheProgrammeLine() {
        Map<String, List<String>> form = row(new HashMap<>(), "cat-cow", "2", "10", "Mid-range only");
        form.put("effectiveFrom", List.of(TODAY.minusDays(2).toString()));
        assertThat(prescribe(form).status()).isEqualTo(302);
        String link = issueLink();
        WebSession patient = WebSession.anonymous(port);
        patient.post(link + "/sessions", Map.of("date", TODAY.minusDays(1).toString(), "ex.0.status", "DONE",
                "painBefore", "3", "painAfter", "2", "comment", "Felt good"), link);

        String notes = "/episodes/" + clinic.episode().id() + "/notes";
        WebSession.Page started = therapist.post(notes, Map.of("kind", "DAILY_NOTE"), notes);
        assertThat(started.status()).isEqualTo(302);
        String note = therapist.get(URI.create(started.location()).getPath()).body();
        assertThat(note).contains("Home exercise since the last visit").contains("Felt good")
                .contains("Home exercise programme v1").contains("Cat-cow 2 sets of 10");
        assertThat(note).containsPattern("value=\"(ALL|MOST|SOME)\" selected");
    }

    @Test
    void anotherClinicsLinkOrAGuessOpensNothing() {
        assertThat(WebSession.anonymous(port).get("/portal/not-a-real-token").status()).isEqualTo(404);
        assertThat(WebSession.anonymous(port).get("/portal/" + "x".repeat(300)).status()).isEqualTo(404);
    }

    private static String token(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
