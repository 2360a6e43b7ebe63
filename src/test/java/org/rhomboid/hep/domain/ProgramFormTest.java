package org.rhomboid.hep.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rhomboid.exercise.domain.Exercise;
import org.rhomboid.exercise.domain.ExerciseLibrary;
import org.rhomboid.exercise.domain.ExerciseSafety;
import org.rhomboid.exercise.domain.Movement;
import org.rhomboid.exercise.domain.PatientRisks;
import org.rhomboid.intervention.domain.HealthCondition;
import org.rhomboid.screening.domain.Condition;
import org.rhomboid.shared.domain.TestDates;

class ProgramFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final PatientRisks FRACTURE_SUSPECTED = new PatientRisks(Set.of(Condition.VERTEBRAL_FRACTURE),
            Set.of(), Set.of(), false);

    private final Map<String, List<String>> form = new HashMap<>();

    private void row(int i, String code, String sets, String reps) {
        form.put("ex." + i + ".code", List.of(code));
        form.put("ex." + i + ".sets", List.of(sets));
        form.put("ex." + i + ".reps", List.of(reps));
        form.put("ex." + i + ".timesPerDay", List.of("1"));
        form.put("ex." + i + ".daysPerWeek", List.of("7"));
    }

    private ProgramForm.Checked check(PatientRisks risks) {
        return ProgramForm.check(form, ExerciseLibrary::builtIn, e -> ExerciseSafety.check(e, risks),
                TODAY.minusDays(10), TODAY, TestDates.US);
    }

    private static String loadedFlexionCode() {
        return ExerciseLibrary.builtIn().stream().filter(e -> e.movements().contains(Movement.LOADED_FLEXION))
                .findFirst().map(Exercise::code).orElseThrow();
    }

    @Test
    void aSoundPrescriptionReadsEveryRowWithItsDosage() {
        row(0, "cat-cow", "2", "10");
        row(3, "thoracic-extension-foam-roller", "1", "5");
        form.put("ex.3.holdSeconds", List.of("3"));
        ProgramForm.Checked checked = check(PatientRisks.NONE);
        assertThat(checked.errors()).isEmpty();
        assertThat(checked.effectiveFrom()).isEqualTo(TODAY);
        assertThat(checked.exercises()).extracting(ProgramExercise::code)
                .containsExactly("cat-cow", "thoracic-extension-foam-roller");
        assertThat(checked.exercises().get(1).dosage().holdSeconds()).isEqualTo(3);
    }

    @Test
    void aFractureSuspectedPatientCannotBeGivenLoadedFlexionEvenWithANote() {
        String code = loadedFlexionCode();
        row(0, code, "1", "5");
        form.put("ex.0.safetyNote", List.of("Patient insists"));
        ProgramForm.Checked checked = check(FRACTURE_SUSPECTED);
        assertThat(checked.valid()).isFalse();
        assertThat(checked.errors().get("ex.0.code")).contains("not safe for this patient")
                .contains("vertebral fracture");
        assertThat(checked.exercises()).isEmpty();
    }

    @Test
    void anExerciseUnderCautionNeedsTheTherapistsNote() {
        row(0, "cat-cow", "1", "10");
        PatientRisks osteoporosis = new PatientRisks(Set.of(), Set.of(), Set.of(HealthCondition.OSTEOPOROSIS), false);
        assertThat(check(osteoporosis).errors()).containsKeys("ex.0.safetyNote", "ex.0.patientNote");
        form.put("ex.0.safetyNote", List.of("Small range only, no end-range flexion; taught in clinic"));
        assertThat(check(osteoporosis).errors()).containsOnlyKeys("ex.0.patientNote");
        form.put("ex.0.patientNote", List.of("Round your back only halfway, never to the end"));
        ProgramForm.Checked checked = check(osteoporosis);
        assertThat(checked.errors()).isEmpty();
        assertThat(checked.exercises().get(0).safetyNote()).startsWith("Small range");
        assertThat(checked.exercises().get(0).patientNote()).startsWith("Round your back");
    }

    @Test
    void anEducationItemUnderCautionIsPrescribedWithoutAnAdaptation() {
        row(0, "pain-education", "1", "1");
        form.remove("ex.0.reps");
        form.put("ex.0.minutes", List.of("10"));
        PatientRisks referral = new PatientRisks(Set.of(), Set.of(), Set.of(), true);
        assertThat(ExerciseSafety.check(ExerciseLibrary.builtIn("pain-education").orElseThrow(), referral).caution())
                .isTrue();
        ProgramForm.Checked checked = check(referral);
        assertThat(checked.errors()).isEmpty();
        assertThat(checked.exercises()).extracting(ProgramExercise::code).containsExactly("pain-education");
        assertThat(checked.exercises().get(0).safetyNote()).isNull();
        assertThat(checked.exercises().get(0).patientNote()).isNull();
    }

    @Test
    void aLoadedFlexionExerciseUnderABoneHealthCautionNeedsBothLines() {
        String code = loadedFlexionCode();
        row(0, code, "1", "5");
        PatientRisks watched = new PatientRisks(Set.of(), Set.of(Condition.VERTEBRAL_FRACTURE), Set.of(), Set.of(),
                false);
        ProgramForm.Checked refused = check(watched);
        assertThat(refused.errors().get("ex.0.safetyNote")).contains("loaded flexion").contains("for the chart");
        assertThat(refused.errors().get("ex.0.patientNote")).contains("plain words");
        form.put("ex.0.safetyNote", List.of("DXA normal 2025; curl-up with neutral spine, head only"));
        form.put("ex.0.patientNote", List.of("Lift only your head; keep your lower back still"));
        ProgramForm.Checked checked = check(watched);
        assertThat(checked.errors()).isEmpty();
        assertThat(checked.exercises().get(0).patientNote()).isEqualTo("Lift only your head; keep your lower back still");
    }

    @Test
    void badDosageAndUnknownExercisesAreMarkedBesideTheirFields() {
        row(0, "cat-cow", "0", "abc");
        row(1, "no-such-exercise", "1", "1");
        row(2, "thoracic-extension-foam-roller", "1", "5");
        ProgramForm.Checked checked = check(PatientRisks.NONE);
        assertThat(checked.errors()).containsKeys("ex.0.sets", "ex.0.reps", "ex.1.code");
        assertThat(checked.errors()).doesNotContainKey("ex.2.code");
    }

    @Test
    void theSameExerciseTwiceIsRefused() {
        row(0, "cat-cow", "1", "10");
        row(1, "cat-cow", "2", "10");
        assertThat(check(PatientRisks.NONE).errors().get("ex.1.code")).contains("already in the programme");
    }

    @Test
    void anEmptyProgrammeAndAStartBeforeTheCurrentVersionAreRefused() {
        form.put("effectiveFrom", List.of(TODAY.minusDays(11).toString()));
        ProgramForm.Checked checked = check(PatientRisks.NONE);
        assertThat(checked.errors()).containsKeys("exercises", "effectiveFrom");
    }

    @Test
    void uncheckedRowsAreNotPrescribed() {
        form.put("ex.0.sets", List.of("3"));
        row(1, "cat-cow", "1", "10");
        assertThat(check(PatientRisks.NONE).exercises()).hasSize(1);
    }

    @Test
    void theLibraryLookupIsUsed() {
        row(0, "cat-cow", "1", "10");
        ProgramForm.Checked checked = ProgramForm.check(form, code -> Optional.empty(),
                e -> ExerciseSafety.check(e, PatientRisks.NONE), TODAY, TODAY, TestDates.US);
        assertThat(checked.errors()).containsKey("ex.0.code");
    }
}
