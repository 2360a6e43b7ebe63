package org.rhomboid.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rhomboid.account.Role;
import org.rhomboid.intake.domain.RedFlagGroup;
import org.rhomboid.support.CompleteIntake;
import org.rhomboid.support.IntakeLinks;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.TestClinics;
import org.rhomboid.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** From the front desk's link, through the patient's phone, to the therapist's screening. */
@RhomboidIntegrationTest
class IntakeFlowIT {

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
        clinic = clinics.create("Intakeford");
        frontDesk = WebSession.signIn(port, clinic.user(Role.FRONT_DESK).email(), TestClinics.PASSWORD);
        therapist = WebSession.signIn(port, clinic.user(Role.PT).email(), TestClinics.PASSWORD);
    }

    private String episodePage() {
        return "/episodes/" + clinic.episode().id();
    }

    private String issueLink() {
        return IntakeLinks.issue(frontDesk, episodePage());
    }

    private WebSession.Page submit(WebSession patient, String link, Map<String, List<String>> fields) {
        return IntakeLinks.submit(patient, link, fields);
    }

    @Test
    void aPatientTellsTheirStoryOnceAndTheTherapistSeesTheFlags() {
        String link = issueLink();
        WebSession patient = WebSession.anonymous(port);
        WebSession.Page form = patient.get(link);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("Hello Quinn").contains("Where’s your pain?").contains("data-region=\"INTERSCAPULAR\"");

        // Progress is saved as they go, exactly as typed.
        Map<String, List<String>> partial = Map.of("region", List.of("MID_THORACIC_RIGHT"), "painNow", List.of("12"));
        assertThat(patient.postMulti(link + "/draft", partial, link).body()).startsWith("Saved — 1 answer");
        assertThat(patient.get(link).body()).contains("value=\"12\"").contains("id=\"region-MID_THORACIC_RIGHT\" checked");

        // A failed submit shows each problem at its field and keeps everything.
        Map<String, List<String>> fields = CompleteIntake.fields();
        fields.put("painNow", List.of("11"));
        fields.put("flag.UNEXPLAINED_WEIGHT_LOSS", List.of("yes"));
        fields.put("flag.NIGHT_PAIN_UNRELENTING", List.of("yes"));
        fields.remove("flag.FEVER");
        WebSession.Page rejected = submit(patient, link, fields);
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.body()).contains("A few answers need a look").contains("Use a number from 0 to 10")
                .contains("value=\"11\"").contains("Pick up my daughter without pain");

        assertThat(question(rejected.body(), "FEVER")).contains("invalid").contains("Please answer yes or no");
        assertThat(question(rejected.body(), "UNEXPLAINED_WEIGHT_LOSS")).as("answered, so no message")
                .doesNotContain("invalid").doesNotContain("Please answer yes or no");
        assertThat(rejected.body()).contains("Answer each question here with yes or no, or tick “None of these”");

        // "None of these" answers a whole group no; the rest are answered one by one.
        fields.put("painNow", List.of("5"));
        fields.put("flag.FEVER", List.of("no"));
        RedFlagGroup.NERVES.questions().forEach(q -> fields.remove(RedFlagGroup.questionField(q)));
        fields.put(RedFlagGroup.NERVES.noneField(), List.of("yes"));
        WebSession.Page accepted = submit(patient, link, fields);
        assertThat(accepted.body()).contains("Thank you");
        assertThat(patient.get(link).status()).as("single use").isEqualTo(404);

        String page = therapist.get(episodePage()).body();
        assertThat(page).contains("Urgent referral").contains("Spinal malignancy").contains("Unexplained weight loss")
                .contains("Do not treat until this is resolved").contains("Between the shoulder blades")
                .contains("class=\"region selected\"").contains("can’t be signed");
        assertThat(therapist.get("/patients/" + clinic.patient().id()).body()).contains("Urgent referral")
                .contains("Open screening");
        // The intake's pain scores and PSFS become the episode's baseline outcome measures.
        assertThat(JdbcClient.create(owner).sql("select instrument || ' ' || value from outcome_result"
                        + " where episode_id = :e and source = 'INTAKE' order by instrument")
                .param("e", clinic.episode().id()).query(String.class).list())
                .containsExactly("NPRS 4.67", "PSFS 2.67");
        assertThat(JdbcClient.create(owner).sql(
                "select count(*) from audit_event where patient_id = :p and channel = 'PATIENT' and resource_type = 'Intake'")
                .param("p", clinic.patient().id()).query(Integer.class).single()).isGreaterThanOrEqualTo(3);

        // Referral letter to the referring provider, from the screening.
        String letter = therapist.get(episodePage() + "/referral-letter").body();
        assertThat(letter).contains("Spinal malignancy").contains("requesting prompt medical review and imaging")
                .contains(clinic.patient().mrn()).contains("Night pain unrelenting");

        // After submission no new link can be issued.
        WebSession.Page again = frontDesk.post(episodePage() + "/intake-link", Map.of(), episodePage());
        assertThat(again.status()).isEqualTo(302);
        assertThat(frontDesk.get(episodePage()).body()).contains("already submitted");
    }

    @Test
    void aNewLinkReplacesTheOldOneAndLinksExpire() {
        String first = issueLink();
        String second = issueLink();
        WebSession patient = WebSession.anonymous(port);
        assertThat(patient.get(first).status()).isEqualTo(404);
        assertThat(patient.get(second).status()).isEqualTo(200);
        JdbcClient.create(owner).sql("update intake set expires_at = now() - interval '1 minute' where episode_id = :e")
                .param("e", clinic.episode().id()).update();
        assertThat(patient.get(second).status()).isEqualTo(404);
        assertThat(patient.get("/intake/not-a-real-token").status()).isEqualTo(404);
    }

    @Test
    void examFindingsRescreenAndEscalationsNeedANewAcknowledgement() {
        // The therapist records a finding: monitoring-level concern.
        assertThat(therapist.postMulti(episodePage() + "/exam-findings", Map.of("finding", List.of("PLEURITIC_PAIN")),
                episodePage()).status()).isEqualTo(302);
        String page = therapist.get(episodePage()).body();
        assertThat(page).contains("Treat with monitoring").contains("Pulmonary cause");
        String screeningId = JdbcClient.create(owner)
                .sql("select id::text from screening where episode_id = :e order by screened_at desc limit 1")
                .param("e", clinic.episode().id()).query(String.class).single();

        // An acknowledgement needs a note; the typed note survives a refusal.
        String ackPath = "/screenings/" + screeningId + "/acknowledgements";
        Map<String, String> empty = Map.of("episodeId", clinic.episode().id().toString(), "condition", "PULMONARY",
                "note", "   ");
        therapist.post(ackPath, empty, episodePage());
        assertThat(therapist.get(episodePage()).body()).contains("Write what you did about this concern");
        therapist.post(ackPath, Map.of("episodeId", clinic.episode().id().toString(), "condition", "PULMONARY",
                "note", "Rib pain on palpation; safety-netted for breathlessness"), episodePage());
        // She is a woman over 50, so osteoporotic fracture is raised too and needs its own acknowledgement.
        assertThat(therapist.get(episodePage()).body()).contains("Rib pain on palpation").contains("can’t be signed")
                .contains("Vertebral fracture");
        therapist.post(ackPath, Map.of("episodeId", clinic.episode().id().toString(), "condition", "VERTEBRAL_FRACTURE",
                "note", "No trauma, no fragility factors; no thrust techniques"), episodePage());
        assertThat(therapist.get(episodePage()).body()).contains("can be signed");

        // Breathlessness escalates the same condition to an emergency: a new acknowledgement is needed.
        therapist.postMulti(episodePage() + "/exam-findings",
                Map.of("finding", List.of("PLEURITIC_PAIN", "SHORTNESS_OF_BREATH")), episodePage());
        String escalated = therapist.get(episodePage()).body();
        assertThat(escalated).contains("Emergency referral").contains("emergency department")
                .contains("can’t be signed").contains("role=\"alert\"");
        assertThat(JdbcClient.create(owner).sql("select count(*) from screening where episode_id = :e")
                .param("e", clinic.episode().id()).query(Integer.class).single()).isEqualTo(2);
        assertThat(escalated).contains("Screening history");
    }

    @Test
    void onlyTherapistsRecordFindingsAndAcknowledge() {
        WebSession assistant = WebSession.signIn(port, clinic.user(Role.PTA).email(), TestClinics.PASSWORD);
        assertThat(assistant.postMulti(episodePage() + "/exam-findings", Map.of("finding", List.of("FEVER")),
                episodePage()).status()).isEqualTo(403);
        assertThat(frontDesk.postMulti(episodePage() + "/exam-findings", Map.of("finding", List.of("FEVER")),
                episodePage()).status()).isEqualTo(403);
        WebSession biller = WebSession.signIn(port, clinic.user(Role.BILLER).email(), TestClinics.PASSWORD);
        assertThat(biller.post(episodePage() + "/intake-link", Map.of(), episodePage()).status()).isEqualTo(403);
    }

    /** The markup of one red-flag question on the page, up to the end of its fieldset. */
    private static String question(String body, String finding) {
        int start = body.lastIndexOf("<fieldset", body.indexOf("id=\"q-" + finding + "\""));
        return body.substring(start, body.indexOf("</fieldset>", start));
    }
}
