package org.rhomboid.exercise.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rhomboid.intervention.domain.HealthCondition;
import org.rhomboid.intervention.domain.InterventionSafety.Status;
import org.rhomboid.screening.domain.Condition;
import org.rhomboid.screening.domain.PrecautionCode;

class ExerciseSafetyTest {

    private static final PatientRisks FRACTURE_SUSPECTED = new PatientRisks(Set.of(Condition.VERTEBRAL_FRACTURE),
            Set.of(PrecautionCode.NO_THRUST_MANIPULATION), Set.of(), false);

    private static List<Exercise> loadedFlexion() {
        return ExerciseLibrary.builtIn().stream().filter(e -> e.movements().contains(Movement.LOADED_FLEXION)).toList();
    }

    @Test
    void theLibraryHoldsLoadedFlexionAndItIsContraindicatedWhenAFractureIsSuspected() {
        assertThat(loadedFlexion()).isNotEmpty();
        for (Exercise exercise : loadedFlexion()) {
            ExerciseSafety.Verdict verdict = ExerciseSafety.check(exercise, FRACTURE_SUSPECTED);
            assertThat(verdict.status()).as(exercise.name()).isEqualTo(Status.CONTRAINDICATED);
            assertThat(verdict.because()).contains("vertebral fracture");
        }
    }

    @Test
    void selfMobilisationOverTheSpineIsRuledOutToo() {
        Exercise roller = ExerciseLibrary.builtIn("thoracic-extension-foam-roller").orElseThrow();
        assertThat(ExerciseSafety.check(roller, FRACTURE_SUSPECTED).contraindicated()).isTrue();
    }

    @Test
    void osteoporosisRulesOutLoadedFlexionAndCautionsEndRangeBending() {
        PatientRisks osteoporosis = new PatientRisks(Set.of(), Set.of(), Set.of(HealthCondition.OSTEOPOROSIS), false);
        loadedFlexion().forEach(e -> assertThat(ExerciseSafety.check(e, osteoporosis).contraindicated()).isTrue());
        Exercise catCow = ExerciseLibrary.builtIn("cat-cow").orElseThrow();
        ExerciseSafety.Verdict verdict = ExerciseSafety.check(catCow, osteoporosis);
        assertThat(verdict.status()).isEqualTo(Status.CAUTION);
        assertThat(verdict.because()).contains("end-range spinal flexion");
    }

    @Test
    void fractureRiskFactorsAloneCallForCareNotRefusal() {
        PatientRisks watched = new PatientRisks(Set.of(), Set.of(Condition.VERTEBRAL_FRACTURE), Set.of(), Set.of(),
                false);
        for (Exercise exercise : loadedFlexion()) {
            assertThat(ExerciseSafety.check(exercise, watched).status()).isEqualTo(Status.CAUTION);
        }
        Exercise roller = ExerciseLibrary.builtIn("thoracic-extension-foam-roller").orElseThrow();
        assertThat(ExerciseSafety.check(roller, watched).because()).contains("soft roller");
    }

    @Test
    void aPatientWithoutRisksMayDoEveryExercise() {
        assertThat(ExerciseSafety.check(ExerciseLibrary.builtIn(), PatientRisks.NONE))
                .allMatch(v -> v.status() == Status.ALLOWED && v.reasons().isEmpty());
    }

    @Test
    void anUrgentReferralPutsEveryExerciseUnderCaution() {
        PatientRisks referral = new PatientRisks(Set.of(), Set.of(), Set.of(), true);
        assertThat(ExerciseSafety.check(ExerciseLibrary.builtIn(), referral))
                .allMatch(v -> v.status().compareTo(Status.CAUTION) >= 0);
    }

    @Test
    void theMostSevereReasonDecidesAndComesFirst() {
        PatientRisks both = new PatientRisks(Set.of(Condition.VERTEBRAL_FRACTURE), Set.of(),
                Set.of(HealthCondition.OSTEOPOROSIS), false);
        Exercise roller = ExerciseLibrary.builtIn("thoracic-extension-foam-roller").orElseThrow();
        ExerciseSafety.Verdict verdict = ExerciseSafety.check(roller, both);
        assertThat(verdict.status()).isEqualTo(Status.CONTRAINDICATED);
        assertThat(verdict.reasons().get(0).level()).isEqualTo(Status.CONTRAINDICATED);
        assertThat(verdict.reasons()).anyMatch(r -> r.level() == Status.CAUTION);
    }

    @Test
    void anEducationItemUnderCautionNeedsNoAdaptation() {
        PatientRisks referral = new PatientRisks(Set.of(), Set.of(), Set.of(), true);
        Exercise education = ExerciseLibrary.builtIn("pain-education").orElseThrow();
        assertThat(education.name()).isEqualTo("Understanding your back pain");
        ExerciseSafety.Verdict verdict = ExerciseSafety.check(education, referral);
        assertThat(verdict.caution()).isTrue();
        assertThat(verdict.adaptationNeeded()).isFalse();
        assertThat(verdict.cautionOnly()).isTrue();
        assertThat(ExerciseSafety.check(ExerciseLibrary.builtIn("desk-ergonomics").orElseThrow(), referral)
                .adaptationNeeded()).isFalse();
    }

    @Test
    void aCautionForEveryExerciseStillAsksForAnAdaptationOfAnythingThePatientDoes() {
        PatientRisks referral = new PatientRisks(Set.of(), Set.of(), Set.of(), true);
        assertThat(ExerciseSafety.check(ExerciseLibrary.builtIn("graded-walking").orElseThrow(), referral)
                .adaptationNeeded()).isTrue();
        assertThat(ExerciseSafety.check(ExerciseLibrary.builtIn("cat-cow").orElseThrow(), referral)
                .adaptationNeeded()).isTrue();
    }

    @Test
    void aLoadedFlexionExerciseUnderABoneHealthCautionNeedsAnAdaptation() {
        PatientRisks watched = new PatientRisks(Set.of(), Set.of(Condition.VERTEBRAL_FRACTURE), Set.of(), Set.of(),
                false);
        for (Exercise exercise : loadedFlexion()) {
            ExerciseSafety.Verdict verdict = ExerciseSafety.check(exercise, watched);
            assertThat(verdict.adaptationNeeded()).as(exercise.name()).isTrue();
            assertThat(verdict.because()).contains("loaded flexion");
        }
        PatientRisks osteoporosis = new PatientRisks(Set.of(), Set.of(), Set.of(HealthCondition.OSTEOPOROSIS), false);
        assertThat(ExerciseSafety.check(ExerciseLibrary.builtIn("cat-cow").orElseThrow(), osteoporosis)
                .adaptationNeeded()).isTrue();
    }

    @Test
    void aCautionAboutAMovementTheExerciseDoesNotLoadAsksNothing() {
        PatientRisks osteoporosis = new PatientRisks(Set.of(), Set.of(), Set.of(HealthCondition.OSTEOPOROSIS), false);
        ExerciseSafety.Verdict breathing = ExerciseSafety.check(
                ExerciseLibrary.builtIn("diaphragmatic-breathing").orElseThrow(), osteoporosis);
        assertThat(breathing.status()).isEqualTo(Status.ALLOWED);
        assertThat(breathing.adaptationNeeded()).isFalse();
    }

    @Test
    void aContraindicatedExerciseIsNotAnAdaptationCase() {
        PatientRisks osteoporosis = new PatientRisks(Set.of(), Set.of(), Set.of(HealthCondition.OSTEOPOROSIS), false);
        loadedFlexion().forEach(e -> assertThat(ExerciseSafety.check(e, osteoporosis).adaptationNeeded()).isFalse());
    }
}
