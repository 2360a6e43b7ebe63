package org.rhomboid.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rhomboid.account.Role;
import org.rhomboid.support.CompleteIntake;
import org.rhomboid.support.IntakeLinks;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.SignedEvaluation;
import org.rhomboid.support.TestClinics;
import org.rhomboid.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The therapist takes the intake for a patient who did not fill in the link: paper, phone, an interpreter. */
@RhomboidIntegrationTest
class ClinicianIntakeIT {

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;
    @Autowired
    @Qualifier("migrationDataSource")
    DataSource owner;

    TestClinics.Clinic clinic;
    WebSession therapist;

    @BeforeEach
    void clinic() {
        clinic = clinics.create("Paperworth");
        therapist = WebSession.signIn(port, clinic.user(Role.PT).email(), TestClinics.PASSWORD);
    }

    private String episode() {
        return "/episodes/" + clinic.episode().id();
    }

    private String intake() {
        return episode() + "/intake";
    }

    /** The patient's answers by phone through an interpreter: osteoporosis and a minor fall. */
    private static Map<String, List<String>> byPhone() {
        Map<String, List<String>> f = new HashMap<>(CompleteIntake.fields());
        f.put("comorbidity", List.of("OSTEOPOROSIS"));
        f.put("flag.MINOR_TRAUMA", List.of("yes"));
        f.remove("noKnownAllergies");
        f.put("allergies", List.of("Codeine (nausea)"));
        f.put("takenBy", List.of("PHONE"));
        f.put("interpreter", List.of("yes"));
        f.put("interpreterName", List.of("Ana Ruiz"));
        f.put("interpreterLanguage", List.of("Spanish"));
        return f;
    }

    private WebSession.Page submit(Map<String, List<String>> fields) {
        Map<String, List<String>> form = new HashMap<>(fields);
        form.put("action", List.of("submit"));
        return therapist.postMulti(intake(), form, intake());
    }

    private JdbcClient db() {
        return JdbcClient.create(owner);
    }

    @Test
    void anIntakeTakenByPhoneScreensTheEpisodeLikeThePatientsOwnAndFeedsTheGoals() {
        String empty = therapist.get(intake()).body();
        assertThat(empty).contains("Intake for Quinn Paperworth").contains("How were the answers taken?")
                .contains("Where’s your pain?").contains("No known allergies").contains("Submit the intake");
        assertThat(therapist.get(episode() + "/evaluation").body()).contains("enter the intake for the patient");

        // Saved as typed while the patient speaks; nothing is screened yet.
        Map<String, List<String>> partial = Map.of("painNow", List.of("12"), "takenBy", List.of("PHONE"));
        assertThat(therapist.postMulti(intake() + "/draft", partial, intake()).body()).startsWith("Saved — 1 answer");
        assertThat(therapist.get(intake()).body()).contains("value=\"12\"").contains("id=\"takenBy-PHONE\" checked");
        assertThat(therapist.get(episode()).body()).contains("Started by a therapist; not submitted yet.");

        // How the answers were taken is part of the form: without it nothing is submitted, and nothing is lost.
        Map<String, List<String>> fields = byPhone();
        fields.remove("takenBy");
        fields.remove("interpreterLanguage");
        WebSession.Page refused = submit(fields);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Say how you took the patient’s answers").contains("Give the language interpreted")
                .contains("value=\"Ana Ruiz\"").contains("Codeine (nausea)");
        assertThat(db().sql("select status from intake where episode_id = :e").param("e", clinic.episode().id())
                .query(String.class).single()).isEqualTo("OPEN");

        WebSession.Page accepted = submit(byPhone());
        assertThat(accepted.status()).isEqualTo(302);
        assertThat(accepted.location()).endsWith(episode());

        // The same screening as the patient's own answers: osteoporosis and a minor fall suggest a fracture.
        String page = therapist.get(episode()).body();
        String therapistName = clinic.user(Role.PT).displayName();
        assertThat(page).contains("Vertebral fracture").contains("Osteoporosis")
                .contains("Intake taken by " + therapistName + " by phone (interpreter: Ana Ruiz, Spanish).")
                .contains("Codeine (nausea)").doesNotContain("id=\"take-intake\"");
        assertThat(db().sql("select instrument || ' ' || value from outcome_result where episode_id = :e"
                        + " and source = 'INTAKE' order by instrument").param("e", clinic.episode().id())
                .query(String.class).list()).as("the baseline measures").containsExactly("NPRS 4.33", "PSFS 2.67");
        assertThat(db().sql("select entered_by::text || ' ' || taken_by || ' ' || interpreter_language from intake"
                        + " where episode_id = :e").param("e", clinic.episode().id()).query(String.class).single())
                .isEqualTo(clinic.user(Role.PT).id() + " PHONE Spanish");

        // "Linked to what the patient wants" now offers the patient's activities and goal.
        assertThat(therapist.get(episode() + "/evaluation").body())
                .contains("<option value=\"Sitting through a workday\">")
                .contains("<option value=\"Pick up my daughter without pain\">")
                .doesNotContain("enter the intake for the patient");
    }

    @Test
    void theSignedEvaluationSaysWhoTookTheIntakeAndHowAndTheAllergies() {
        Map<String, List<String>> fields = byPhone();
        fields.remove("comorbidity");
        fields.put("flag.MINOR_TRAUMA", List.of("no"));
        assertThat(submit(fields).status()).isEqualTo(302);
        SignedEvaluation.signAfterIntake(port, clinic, LocalDate.now());
        assertThat(therapist.get(episode() + "/evaluation").body())
                .contains("Intake taken by " + clinic.user(Role.PT).displayName()
                        + " by phone (interpreter: Ana Ruiz, Spanish).")
                .contains("Allergies: Codeine (nausea).");
    }

    @Test
    void aSubmittedIntakeCannotBeEnteredAgain() {
        IntakeLinks.complete(port, WebSession.signIn(port, clinic.user(Role.FRONT_DESK).email(), TestClinics.PASSWORD),
                episode(), CompleteIntake.fields());
        assertThat(therapist.get(intake()).status()).isEqualTo(409);
        WebSession.Page again = submit(byPhone());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("already submitted");
        assertThat(db().sql("select count(*) from intake where episode_id = :e and taken_by is null"
                        + " and answers->>'goals' = 'Pick up my daughter without pain'")
                .param("e", clinic.episode().id()).query(Integer.class).single()).as("the patient's answers stand")
                .isOne();
        assertThat(therapist.get(episode()).body()).doesNotContain("id=\"take-intake\"");
    }

    @Test
    void takingTheIntakeRetiresThePatientsOpenLink() {
        WebSession frontDesk = WebSession.signIn(port, clinic.user(Role.FRONT_DESK).email(), TestClinics.PASSWORD);
        String link = IntakeLinks.issue(frontDesk, episode());
        WebSession patient = WebSession.anonymous(port);
        assertThat(patient.postMulti(link + "/draft", Map.of("goals", List.of("Garden again")), link).body())
                .startsWith("Saved");
        assertThat(therapist.get(intake()).body()).as("the patient's draft carries over").contains("Garden again");

        Map<String, List<String>> paper = new HashMap<>(CompleteIntake.fields());
        paper.put("takenBy", List.of("PAPER_FORM"));
        assertThat(submit(paper).status()).isEqualTo(302);
        assertThat(patient.get(link).status()).as("the link no longer opens").isEqualTo(404);
        assertThat(frontDesk.get(episode()).body()).as("the front desk sees the status, not whose words")
                .contains("Submitted ").doesNotContain("Intake entered by");
    }
}
