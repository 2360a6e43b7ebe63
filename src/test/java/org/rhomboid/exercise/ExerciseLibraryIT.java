package org.rhomboid.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rhomboid.account.Role;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.TestClinics;
import org.rhomboid.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The clinic's library on real PostgreSQL: the built-in exercises, the clinic's own, hiding, and the thresholds. */
@RhomboidIntegrationTest
class ExerciseLibraryIT {

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;

    TestClinics.Clinic clinic;
    WebSession therapist;

    @BeforeEach
    void clinic() {
        clinic = clinics.create("Librarian");
        therapist = WebSession.signIn(port, clinic.user(Role.PT).email(), TestClinics.PASSWORD);
    }

    private Map<String, String> ownExercise() {
        Map<String, String> form = new HashMap<>(Map.of("name", "Wall press with reach", "category", "STRENGTH",
                "purpose", "Builds the muscles around your shoulder blades.", "steps",
                "Stand facing a wall.\nPress your hands into it and reach up.", "cautions", "Stop if it pinches.",
                "sets", "2", "reps", "10", "timesPerDay", "1", "daysPerWeek", "5"));
        form.put("startPose", "x=110 y=96 trunk=90 shoulder=90 elbow=30 shoulder2=90 elbow2=30");
        form.put("endPose", "x=110 y=96 trunk=90 shoulder=160 shoulder2=160");
        return form;
    }

    @Test
    void theLibraryShowsEveryBuiltInExerciseWithItsPicture() {
        String library = therapist.get("/exercises").body();
        assertThat(library).contains("Thoracic extension over a foam roller").contains("Cat-cow")
                .contains("Diaphragmatic breathing").contains("<svg");
        assertThat(library.split("class=\"card exercise-card").length - 1).isGreaterThanOrEqualTo(30);
        assertThat(therapist.get("/exercises?category=BREATHING").body()).contains("Diaphragmatic breathing")
                .doesNotContain("Cat-cow");
        String catCow = therapist.get("/exercises/cat-cow").body();
        assertThat(catCow).contains("<animate").contains("Make it easier").contains("Cautions");
        assertThat(therapist.get("/exercises/no-such-thing").status()).isEqualTo(404);
    }

    @Test
    void aClinicAddsItsOwnExerciseAndABadPoseIsMarkedBesideItsFieldWithNothingLost() {
        Map<String, String> bad = ownExercise();
        bad.put("endPose", "x=110 y=96 trunk=90 elbow=400");
        WebSession.Page refused = therapist.post("/exercises", bad, "/exercises/new");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("elbow must be between 0 and 160").contains("Wall press with reach")
                .contains("Press your hands into it and reach up.");

        WebSession.Page saved = therapist.post("/exercises", ownExercise(), "/exercises/new");
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).endsWith("/exercises/c-wall-press-with-reach");
        assertThat(therapist.get("/exercises/c-wall-press-with-reach").body()).contains("Clinic’s own")
                .contains("Builds the muscles around your shoulder blades.").contains("<animate");
        assertThat(therapist.post("/exercises", ownExercise(), "/exercises/new").body())
                .contains("already has an exercise with this name");

        // Another clinic never sees it.
        TestClinics.Clinic other = clinics.create("Otherplace");
        WebSession stranger = WebSession.signIn(port, other.user(Role.PT).email(), TestClinics.PASSWORD);
        assertThat(stranger.get("/exercises/c-wall-press-with-reach").status()).isEqualTo(404);
        assertThat(stranger.get("/exercises").body()).doesNotContain("Wall press with reach");
    }

    @Test
    void aHiddenExerciseIsNoLongerOfferedWhenPrescribing() {
        String hep = "/episodes/" + clinic.episode().id() + "/hep";
        assertThat(therapist.get(hep).body()).contains("value=\"wall-angels\"");
        assertThat(therapist.post("/exercises/wall-angels/hide", Map.of(), "/exercises/wall-angels").status())
                .isEqualTo(302);
        assertThat(therapist.get("/exercises/wall-angels").body()).contains("Hidden from prescribing");
        assertThat(therapist.get(hep).body()).doesNotContain("value=\"wall-angels\"");
        therapist.post("/exercises/wall-angels/show", Map.of(), "/exercises/wall-angels");
        assertThat(therapist.get(hep).body()).contains("value=\"wall-angels\"");
    }

    @Test
    void noHomeExerciseIsPrescribedBeforeRedFlagScreening() {
        String hep = "/episodes/" + clinic.episode().id() + "/hep";
        assertThat(therapist.get(hep).body()).contains("Screen this patient for red flags first");
        WebSession.Page refused = therapist.postMulti(hep, Map.of("ex.0.code", List.of("cat-cow"),
                "ex.0.sets", List.of("1"), "ex.0.reps", List.of("10"), "ex.0.timesPerDay", List.of("1"),
                "ex.0.daysPerWeek", List.of("7")), hep);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Not saved yet").contains("Screen this patient for red flags first");
    }

    @Test
    void thePosePreviewDrawsOrExplains() {
        WebSession.Page preview = therapist.postMulti("/exercises/preview", Map.of("startPose",
                List.of("x=120 y=96 trunk=90"), "endPose", List.of("trunk=abc")), "/exercises/new");
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.body()).contains("<svg").contains("whole number of degrees");
    }

    @Test
    void assistantsReadTheLibraryButDoNotChangeIt() {
        WebSession assistant = WebSession.signIn(port, clinic.user(Role.PTA).email(), TestClinics.PASSWORD);
        assertThat(assistant.get("/exercises").status()).isEqualTo(200);
        assertThat(assistant.post("/exercises/cat-cow/hide", Map.of(), "/exercises").status()).isEqualTo(403);
        WebSession frontDesk = WebSession.signIn(port, clinic.user(Role.FRONT_DESK).email(), TestClinics.PASSWORD);
        assertThat(frontDesk.get("/exercises").status()).isEqualTo(403);
    }

    @Test
    void theClinicSetsItsOwnThresholds() {
        WebSession admin = WebSession.signIn(port, clinic.user(Role.CLINIC_ADMIN).email(), TestClinics.PASSWORD);
        Map<String, String> bad = Map.of("progressAdherencePercent", "120", "progressMaxPain", "3",
                "progressDays", "14", "reviewPainRise", "2");
        WebSession.Page refused = admin.post("/admin/home-exercise", bad, "/admin/home-exercise");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("a percentage from 50 to 100").contains("value=\"120\"");
        assertThat(admin.post("/admin/home-exercise", Map.of("progressAdherencePercent", "70", "progressMaxPain",
                "2", "progressDays", "21", "reviewPainRise", "3"), "/admin/home-exercise").status()).isEqualTo(302);
        assertThat(therapist.get("/episodes/" + clinic.episode().id() + "/hep").body())
                .contains("Progression is suggested at <span>70</span>%");
        assertThat(therapist.get("/admin/home-exercise").status()).isEqualTo(403);
    }
}
