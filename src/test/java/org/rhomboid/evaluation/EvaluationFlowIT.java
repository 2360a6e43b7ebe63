package org.rhomboid.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rhomboid.account.Role;
import org.rhomboid.support.CompleteIntake;
import org.rhomboid.support.IntakeLinks;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.TestClinics;
import org.rhomboid.support.TestImages;
import org.rhomboid.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The initial evaluation on a real database: structured exam feeding screening, the posture photo, the plan's
 * coding and safety checks, SMART goals, and signing — only by a PT, only when nothing is left, then locked.
 */
@RhomboidIntegrationTest
class EvaluationFlowIT {

    private static final Pattern PHOTO = Pattern.compile("name=\"photo\" value=\"([0-9a-f-]{36})\"");
    private static final Pattern SCREENING = Pattern.compile("/screenings/([0-9a-f-]{36})/acknowledgements");

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
        clinic = clinics.create("Evalton");
        therapist = WebSession.signIn(port, clinic.user(Role.PT).email(), TestClinics.PASSWORD);
    }

    private String episode() {
        return "/episodes/" + clinic.episode().id();
    }

    private WebSession.Page exam(Map<String, List<String>> fields) {
        return therapist.postMultipart(episode() + "/exam", fields, null, null, null, episode() + "/exam");
    }

    private void osteoporoticIntake() {
        Map<String, List<String>> intake = CompleteIntake.fields();
        intake.put("comorbidity", List.of("OSTEOPOROSIS"));
        IntakeLinks.complete(port, WebSession.signIn(port, clinic.user(Role.FRONT_DESK).email(), TestClinics.PASSWORD),
                episode(), intake);
    }

    private void acknowledgeEveryConcern() {
        String page = therapist.get(episode()).body();
        Matcher screening = SCREENING.matcher(page);
        Matcher condition = Pattern.compile("name=\"condition\" value=\"([A-Z_]+)\"").matcher(page);
        while (screening.find() && condition.find()) {
            therapist.post("/screenings/" + screening.group(1) + "/acknowledgements", Map.of("episodeId",
                    clinic.episode().id().toString(), "condition", condition.group(1), "note",
                    "Discussed with Dr Brooks; DEXA recent, no new fracture signs"), episode());
        }
        assertThat(therapist.get(episode()).body()).contains("Every concern is acknowledged");
    }

    private JdbcClient db() {
        return JdbcClient.create(owner);
    }

    @Test
    void examinationRedFlagsJoinTheScreenWithoutOverwritingConfirmedFindings() {
        WebSession.Page saved = exam(Map.of("umn.BABINSKI", List.of("POSITIVE"), "sensoryLevel", List.of("T6"),
                "gait", List.of("UNSTEADY")));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).endsWith(episode() + "/evaluation");
        String page = therapist.get(episode()).body();
        assertThat(page).contains("Emergency").contains("Spinal cord compression").contains("Upper motor neuron signs")
                .contains("Structured examination");

        // The therapist's checklist is its own source: saving it keeps the structured exam's findings.
        therapist.postMulti(episode() + "/exam-findings", Map.of("finding", List.of("FEVER")), episode());
        assertThat(db().sql("select findings from screening where episode_id = :e order by screened_at desc limit 1")
                .param("e", clinic.episode().id()).query(String.class).single())
                .contains("UPPER_MOTOR_NEURON_SIGNS").contains("SENSORY_LEVEL_ON_TRUNK").contains("FEVER");

        // The evaluation page proposes serious pathology first and shows the contraindication for thrust.
        String evaluation = therapist.get(episode() + "/evaluation").body();
        assertThat(evaluation).contains("Suspected serious pathology").contains("Myelopathy: thrust can worsen cord compromise");
    }

    @Test
    void badExamInputIsShownBesideItsFieldAndNothingIsLostOrSaved() {
        WebSession.Page rejected = exam(Map.of("kyphosisAngle", List.of("400"), "palp.T5", List.of("7"),
                "rom.FLEXION", List.of("abc"), "head", List.of("SIDEWAYS"), "dnf", List.of("18"),
                "notes", List.of("Guarded <b>movement</b>")));
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.body()).contains("Enter an angle from 0 to 120°").contains("Enter a tenderness from 0 to 3 at T5")
                .contains("Enter degrees from 0 to 180").contains("Choose one of the options")
                .contains("value=\"400\"").contains("value=\"abc\"").contains("value=\"18\"")
                .contains("Guarded &lt;b&gt;movement&lt;/b&gt;").doesNotContain("Guarded <b>");
        assertThat(exam(Map.of()).body()).contains("Record at least one part of the examination");
        assertThat(db().sql("select count(*) from examination where episode_id = :e").param("e", clinic.episode().id())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void thePosturePhotoGivesTheCraniovertebralAngleAndIsPrivate() {
        // Not an image: refused beside the field, the rest of the form kept.
        WebSession.Page refused = therapist.postMultipart(episode() + "/exam", Map.of("action", List.of("upload"),
                "dnf", List.of("15")), "photoFile", "side.png", "not a picture".getBytes(), episode() + "/exam");
        assertThat(refused.body()).contains("Upload a JPEG or PNG photo").contains("value=\"15\"");

        WebSession.Page uploaded = therapist.postMultipart(episode() + "/exam", Map.of("action", List.of("upload"),
                "dnf", List.of("15")), "photoFile", "side.png", TestImages.posturePhoto(600, 800), episode() + "/exam");
        assertThat(uploaded.body()).contains("Photo uploaded").contains("value=\"15\"");
        Matcher photo = PHOTO.matcher(uploaded.body());
        assertThat(photo.find()).isTrue();
        String photoId = photo.group(1);

        // Tragus must be above C7.
        Map<String, List<String>> fields = new HashMap<>(Map.of("photo", List.of(photoId), "dnf", List.of("15"),
                "tragusX", List.of("330"), "tragusY", List.of("300"), "c7X", List.of("300"), "c7Y", List.of("200")));
        assertThat(exam(fields).body()).contains("The tragus must be above C7");
        fields.putAll(Map.of("tragusX", List.of("400"), "tragusY", List.of("200"), "c7X", List.of("300"), "c7Y",
                List.of("300")));
        assertThat(exam(fields).status()).isEqualTo(302);
        assertThat(db().sql("select craniovertebral_angle from examination where episode_id = :e")
                .param("e", clinic.episode().id()).query(Double.class).single()).isEqualTo(45.0);
        String evaluation = therapist.get(episode() + "/evaluation").body();
        assertThat(evaluation).contains("Craniovertebral angle 45.0°")
                .contains("below 50°, a research convention for forward head posture, not a validated cut-off")
                .doesNotContain("forward head posture (&lt; 50°)")
                .contains("Postural / movement-coordination impairment");

        HttpResponse<byte[]> image = therapist.getBytes("/photos/" + photoId);
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(image.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(image.body()).isEqualTo(TestImages.posturePhoto(600, 800));
        assertThat(WebSession.anonymous(port).getBytes("/photos/" + photoId).statusCode()).isEqualTo(302);
        TestClinics.Clinic other = clinics.create("Elsewhere");
        WebSession stranger = WebSession.signIn(port, other.user(Role.PT).email(), TestClinics.PASSWORD);
        assertThat(stranger.getBytes("/photos/" + photoId).statusCode()).isEqualTo(404);
        assertThat(db().sql("select count(*) from audit_event where resource_type = 'PosturePhoto' and action = 'READ'"
                        + " and resource_id = :id and outcome = 'SUCCESS'").param("id", photoId)
                .query(Integer.class).single()).isEqualTo(1);

        // The progress page draws the endurance measured at the examination.
        assertThat(therapist.get(episode() + "/outcomes").body()).contains("Range of motion and strength")
                .contains("Deep neck flexor endurance (s)");

        // A re-examination starts from this one, without the old photo.
        String again = therapist.get(episode() + "/exam").body();
        assertThat(again).contains("Carried forward from the examination").contains("value=\"15\"")
                .doesNotContain(photoId);
    }

    @Test
    void spinousTendernessAtT8WithASuspectedOsteoporoticFractureIsNotCalledMyofascialPainNorCodedAsASprain() {
        // A woman of 66 with osteoporosis: screening keeps a vertebral fracture concern open (referral).
        osteoporoticIntake();
        assertThat(exam(Map.of("palp.T8", List.of("3"), "spasm.T8", List.of("on"), "trigger.T8", List.of("on")))
                .status()).isEqualTo(302);
        String evaluation = therapist.get(episode() + "/evaluation").body();
        assertThat(evaluation).contains("Held back while a vertebral fracture is suspected")
                .contains("Spinous-process tenderness at T8 is a fracture sign")
                .doesNotContain("<h3>Myofascial pain / muscle strain</h3>");
        assertThat(evaluation.substring(evaluation.indexOf("id=\"reasoning\""), evaluation.indexOf("id=\"held-back\"")))
                .doesNotContain("Dry needling");

        Map<String, List<String>> plan = new HashMap<>(Map.of("diagnoses", List.of("M54.6"),
                "frequency", List.of("2"), "duration", List.of("6"), "startDate", List.of(LocalDate.now().toString()),
                "certification", List.of("SIGNED_PLAN"), "intervention", List.of("POSTURAL_EXERCISE")));
        assertThat(therapist.postMulti(episode() + "/plan", plan, episode() + "/evaluation").status()).isEqualTo(302);
        String coded = therapist.get(episode() + "/evaluation").body();
        assertThat(coded).contains("M80.08XA").contains("keep the symptom code (M54.6)")
                .doesNotContain("S29.012A").doesNotContain("S23.3XXA");
    }

    @Test
    void thePlanRefusesContraindicationsBadCodesAndUnnotedCautions() {
        osteoporoticIntake();
        Map<String, List<String>> plan = new HashMap<>(Map.of("diagnoses", List.of("M54.6, S22.0"),
                "frequency", List.of("2"), "duration", List.of("6"), "startDate", List.of(LocalDate.now().toString()),
                "certification", List.of("SIGNED_PLAN"),
                "intervention", List.of("THORACIC_THRUST_MANIPULATION", "THORACIC_MOBILIZATION_GRADE_III_IV",
                        "POSTURAL_EXERCISE")));
        WebSession.Page refused = therapist.postMulti(episode() + "/plan", plan, episode() + "/evaluation");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("The plan was not saved")
                .contains("Thoracic thrust manipulation (grade V) is contraindicated: Screening rules out thrust manipulation; Osteoporosis: thrust can fracture fragile bone")
                .contains("needs its 7th character").contains("Write how you will adapt it")
                .contains("value=\"M54.6, S22.0\"");

        plan.put("diagnoses", List.of("M54.6"));
        plan.put("intervention", List.of("THORACIC_MOBILIZATION_GRADE_III_IV", "POSTURAL_EXERCISE"));
        plan.put("caution.THORACIC_MOBILIZATION_GRADE_III_IV", List.of("Grades I–II only, no end-range force"));
        assertThat(therapist.postMulti(episode() + "/plan", plan, episode() + "/evaluation").status()).isEqualTo(302);
        String page = therapist.get(episode() + "/evaluation").body();
        assertThat(page).contains("value=\"M54.6\"").contains("Grades I–II only, no end-range force")
                .contains("Awaiting the certifying signature");
    }

    @Test
    void goalsMustBeSmartAndTheEvaluationIsSignedOnlyByAPhysicalTherapistWhenComplete() {
        osteoporoticIntake();
        String evaluationPage = episode() + "/evaluation";
        WebSession assistant = WebSession.signIn(port, clinic.user(Role.PTA).email(), TestClinics.PASSWORD);
        assertThat(assistant.post(episode() + "/evaluation/sign", Map.of(), evaluationPage).status()).isEqualTo(403);
        assertThat(assistant.post(episode() + "/assessment", Map.of("prognosis", "GOOD"), evaluationPage).status())
                .isEqualTo(403);

        // Nothing in place: signing lists what is missing and changes nothing.
        WebSession.Page early = therapist.post(episode() + "/evaluation/sign", Map.of(), evaluationPage);
        assertThat(early.status()).isEqualTo(302);
        assertThat(therapist.get(evaluationPage).body()).contains("Not signed yet").contains("Record the examination")
                .contains("Acknowledge every screening concern").contains("Save the plan of care");

        // A goal before the plan has no dates to fit in.
        Map<String, List<String>> goal = new HashMap<>(Map.of("activity", List.of("sit through a workday"),
                "instrument", List.of("NPRS"), "baseline", List.of("7"), "target", List.of("6"),
                "deadline", List.of(LocalDate.now().plusWeeks(10).toString()),
                "participation", List.of("return to full-time desk work"), "relevantTo", List.of("Something else"),
                "term", List.of("LONG_TERM")));
        assertThat(therapist.postMulti(episode() + "/goals", goal, evaluationPage).body())
                .contains("Save the plan of care first");

        assertThat(exam(Map.of("kyphosis", List.of("INCREASED"), "pa.T5", List.of("HYPO"),
                "romLimited.ROTATION_LEFT", List.of("on"), "romPain.ROTATION_LEFT", List.of("FAMILIAR_PAIN"))).status())
                .isEqualTo(302);
        assertThat(therapist.postMulti(episode() + "/plan", Map.of("diagnoses", List.of("M54.6"),
                "frequency", List.of("2"), "duration", List.of("6"), "startDate", List.of(LocalDate.now().toString()),
                "certification", List.of("SIGNED_PLAN"), "signatureReceived", List.of(LocalDate.now().toString()),
                "intervention", List.of("MOBILITY_EXERCISE", "POSTURAL_EXERCISE")), evaluationPage).status()).isEqualTo(302);

        // The sentence is shown while the form is filled in, grammatical whatever was typed.
        WebSession.Page preview = therapist.post("/goals/preview", Map.of("activity", "Pain at worst during daily chores.",
                "instrument", "NPRS", "baseline", "7", "target", "3"), evaluationPage);
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.body()).contains("Patient will improve pain at worst during daily chores to NPRS ≤ 3/10 "
                + "(baseline 7/10).").doesNotContain("will Pain");

        // Past the plan's end, not linked to what the patient wants: refused, each beside its field, kept as typed.
        WebSession.Page refused = therapist.postMulti(episode() + "/goals", goal, evaluationPage);
        assertThat(refused.body()).contains("The goal was not added").contains("must fall within the plan of care")
                .contains("Link the goal to one of the patient&#39;s PSFS activities").contains("sit through a workday");
        goal.put("deadline", List.of(LocalDate.now().plusWeeks(5).toString()));
        goal.put("relevantTo", List.of("Sitting through a workday"));
        WebSession.Page added = therapist.postMulti(episode() + "/goals", goal, evaluationPage);
        assertThat(added.status()).isEqualTo(302);
        String withGoal = therapist.get(evaluationPage).body();
        assertThat(withGoal).contains("Patient will sit through a workday with NPRS ≤ 6/10 (baseline 7/10)")
                .contains("less than the NPRS minimal clinically important change of 2");

        assertThat(therapist.post(episode() + "/assessment", Map.of("classification", "HYPERKYPHOSIS",
                "prognosis", "GOOD", "presentation", "EVOLVING", "decisionMaking", "MODERATE", "personalFactors", "1",
                "narrative", "Mid-thoracic stiffness with increased kyphosis; osteoporosis guides dosage."),
                evaluationPage).status()).isEqualTo(302);
        assertThat(therapist.get(evaluationPage).body()).contains("97162");

        acknowledgeEveryConcern();
        assertThat(therapist.post(episode() + "/evaluation/sign", Map.of(), evaluationPage).status()).isEqualTo(302);
        String signed = therapist.get(evaluationPage).body();
        assertThat(signed).contains("Signed by " + clinic.user(Role.PT).displayName())
                .contains("Signed initial evaluation").contains("Subjective").contains("PSFS mean")
                .contains("Objective").contains("T5 hypomobile").contains("Classification: Hyperkyphosis")
                .contains("CPT 97162").contains("Diagnoses (ICD-10-CM): M54.6")
                .contains("Long-term goal: Patient will sit through a workday").doesNotContain("Save plan of care");

        // Locked, in the app and in the database.
        assertThat(therapist.post(episode() + "/assessment", Map.of("prognosis", "POOR"), evaluationPage).status())
                .isEqualTo(409);
        assertThat(therapist.postMulti(episode() + "/plan", Map.of("diagnoses", List.of("M54.6")), evaluationPage)
                .status()).isEqualTo(409);
        UUID goalId = db().sql("select id from goal where episode_id = :e").param("e", clinic.episode().id())
                .query(UUID.class).single();
        assertThat(therapist.post("/goals/" + goalId + "/delete", Map.of(), evaluationPage).status()).isEqualTo(409);
        assertThatThrownBy(() -> db().sql("update plan_of_care set frequency_per_week = 3 where episode_id = :e")
                .param("e", clinic.episode().id()).update()).hasMessageContaining("locked");
        assertThatThrownBy(() -> db().sql("update goal set target = 5 where episode_id = :e")
                .param("e", clinic.episode().id()).update()).hasMessageContaining("locked");
        assertThat(db().sql("update goal set status = 'MET' where episode_id = :e").param("e", clinic.episode().id()).update())
                .as("status still moves on").isEqualTo(1);
        assertThatThrownBy(() -> db().sql("update evaluation set narrative = 'changed' where episode_id = :e")
                .param("e", clinic.episode().id()).update()).hasMessageContaining("locked");
    }
}
