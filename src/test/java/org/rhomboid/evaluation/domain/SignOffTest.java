package org.rhomboid.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignOffTest {

    /** Everything in place: a physical therapist signing a complete, safe evaluation. */
    private static SignOff.Facts ready() {
        return new SignOff.Facts(true, false, true, true, true, true, true, List.of(), 2, 0, 3, Map.of());
    }

    private static SignOff.Facts with(boolean pt, boolean signed, boolean screened, boolean acknowledged, boolean examined,
                                      boolean assessed, boolean planSaved, List<String> diagnosisProblems, int goals,
                                      int goalsWithProblems, int interventions, Map<String, String> interventionProblems) {
        return new SignOff.Facts(pt, signed, screened, acknowledged, examined, assessed, planSaved, diagnosisProblems,
                goals, goalsWithProblems, interventions, interventionProblems);
    }

    @Test
    void aCompleteEvaluationMayBeSigned() {
        assertThat(SignOff.blockers(ready())).isEmpty();
    }

    @Test
    void aSignedEvaluationIsLockedWhateverElseIsTrue() {
        assertThat(SignOff.blockers(with(false, true, false, false, false, false, false, List.of(), 0, 0, 0, Map.of())))
                .containsExactly("The evaluation is already signed and locked");
    }

    @Test
    void onlyAPhysicalTherapistSigns() {
        assertThat(SignOff.blockers(with(false, false, true, true, true, true, true, List.of(), 1, 0, 1, Map.of())))
                .containsExactly("Only a physical therapist can sign an initial evaluation");
    }

    @Test
    void screeningComesBeforeAcknowledgement() {
        assertThat(SignOff.blockers(with(true, false, false, false, true, true, true, List.of(), 1, 0, 1, Map.of())))
                .containsExactly("Screen for red flags first: the intake or your examination findings");
        assertThat(SignOff.blockers(with(true, false, true, false, true, true, true, List.of(), 1, 0, 1, Map.of())))
                .containsExactly("Acknowledge every screening concern");
    }

    @Test
    void theExaminationAndAssessmentAreRequired() {
        assertThat(SignOff.blockers(with(true, false, true, true, false, false, true, List.of(), 1, 0, 1, Map.of())))
                .containsExactly("Record the examination",
                        "Write the assessment: at least one classification and the prognosis");
    }

    @Test
    void anUnsavedPlanHidesThePlansOwnProblems() {
        assertThat(SignOff.blockers(with(true, false, true, true, true, true, false, List.of("M54.6 is not billable"),
                1, 0, 0, Map.of("intervention.HEAT", "Heat is contraindicated"))))
                .containsExactly("Save the plan of care");
    }

    @Test
    void aSavedPlanMustBeCodedAndSafeWithAtLeastOneIntervention() {
        Map<String, String> interventionProblems = new LinkedHashMap<>();
        interventionProblems.put("intervention.THORACIC_THRUST_MANIPULATION", "Thrust is contraindicated");
        interventionProblems.put("caution.HEAT", "Precaution — write how you will adapt it");
        assertThat(SignOff.blockers(with(true, false, true, true, true, true, true,
                List.of("M54 is not a billable code", "Give a primary diagnosis"), 1, 0, 0, interventionProblems)))
                .containsExactly("Diagnosis: M54 is not a billable code", "Diagnosis: Give a primary diagnosis",
                        "Plan at least one intervention", "Thrust is contraindicated",
                        "Precaution — write how you will adapt it");
    }

    @Test
    void goalsMustBeSetAndSound() {
        assertThat(SignOff.blockers(with(true, false, true, true, true, true, true, List.of(), 0, 0, 1, Map.of())))
                .containsExactly("Set at least one goal");
        assertThat(SignOff.blockers(with(true, false, true, true, true, true, true, List.of(), 2, 1, 1, Map.of())))
                .containsExactly("One goal needs fixing");
        assertThat(SignOff.blockers(with(true, false, true, true, true, true, true, List.of(), 4, 3, 1, Map.of())))
                .containsExactly("3 goals need fixing");
    }

    @Test
    void everythingInTheWayIsListedInTheOrderATherapistWouldFixIt() {
        assertThat(SignOff.blockers(with(false, false, false, false, false, false, false, List.of(), 0, 0, 0, Map.of())))
                .containsExactly("Only a physical therapist can sign an initial evaluation",
                        "Screen for red flags first: the intake or your examination findings",
                        "Record the examination",
                        "Write the assessment: at least one classification and the prognosis",
                        "Save the plan of care",
                        "Set at least one goal");
    }
}
