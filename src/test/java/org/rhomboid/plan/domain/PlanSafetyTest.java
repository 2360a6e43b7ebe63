package org.rhomboid.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rhomboid.intervention.domain.HealthCondition;
import org.rhomboid.intervention.domain.Intervention;
import org.rhomboid.intervention.domain.InterventionSafety;

class PlanSafetyTest {

    private static final Intervention THRUST = Intervention.THORACIC_THRUST_MANIPULATION;
    private static final Intervention MOBILIZATION = Intervention.THORACIC_MOBILIZATION_GRADE_III_IV;

    /** The plan's problems with real verdicts for the planned interventions and these conditions. */
    private static Map<String, String> problems(Map<Intervention, String> planned, HealthCondition... conditions) {
        List<InterventionSafety.Verdict> verdicts = InterventionSafety.check(planned.keySet(), Set.of(),
                Set.of(conditions));
        return PlanSafety.problems(planned, verdicts);
    }

    private static Map<Intervention, String> planned(Intervention intervention, String note) {
        Map<Intervention, String> planned = new EnumMap<>(Intervention.class);
        planned.put(intervention, note);
        return planned;
    }

    @Test
    void aContraindicatedInterventionCannotStay() {
        assertThat(problems(planned(THRUST, ""), HealthCondition.OSTEOPOROSIS)).containsExactly(entry(
                "intervention.THORACIC_THRUST_MANIPULATION",
                "Thoracic thrust manipulation (grade V) is contraindicated: Osteoporosis: thrust can fracture fragile bone"));
    }

    @Test
    void aNoteDoesNotMakeAContraindicationAcceptable() {
        assertThat(problems(planned(THRUST, "Very gentle"), HealthCondition.OSTEOPOROSIS))
                .containsOnlyKeys("intervention.THORACIC_THRUST_MANIPULATION");
    }

    @Test
    void theContraindicationGivesOnlyTheContraindicatingReasons() {
        String message = problems(planned(THRUST, ""), HealthCondition.OSTEOPOROSIS, HealthCondition.MALIGNANCY,
                HealthCondition.LONG_TERM_CORTICOSTEROIDS).get("intervention.THORACIC_THRUST_MANIPULATION");
        assertThat(message).contains("Osteoporosis: thrust can fracture fragile bone")
                .contains("; ")
                .contains("Malignancy: possible bone metastasis")
                .doesNotContain("corticosteroids");
    }

    @Test
    void anInterventionUnderCautionNeedsANote() {
        Map<String, String> problems = problems(planned(MOBILIZATION, ""), HealthCondition.OSTEOPOROSIS);
        assertThat(problems).containsOnlyKeys("caution.THORACIC_MOBILIZATION_GRADE_III_IV");
        assertThat(problems.get("caution.THORACIC_MOBILIZATION_GRADE_III_IV"))
                .isEqualTo("Precaution — Osteoporosis: gentle grades only, no end-range force. Write how you will adapt it");
        assertThat(problems(planned(MOBILIZATION, "   "), HealthCondition.OSTEOPOROSIS))
                .as("a blank note").containsOnlyKeys("caution.THORACIC_MOBILIZATION_GRADE_III_IV");
        assertThat(problems(planned(MOBILIZATION, null), HealthCondition.OSTEOPOROSIS))
                .as("no note").containsOnlyKeys("caution.THORACIC_MOBILIZATION_GRADE_III_IV");
    }

    @Test
    void aNoteAcknowledgesTheCaution() {
        assertThat(problems(planned(MOBILIZATION, "Grade III only, no end-range force"), HealthCondition.OSTEOPOROSIS))
                .isEmpty();
    }

    @Test
    void allowedInterventionsNeedNothing() {
        assertThat(problems(planned(Intervention.MOBILITY_EXERCISE, ""), HealthCondition.OSTEOPOROSIS)).isEmpty();
        assertThat(problems(planned(THRUST, ""))).isEmpty();
    }

    @Test
    void verdictsForInterventionsNotInThePlanAreIgnored() {
        List<InterventionSafety.Verdict> verdicts = InterventionSafety.check(List.of(THRUST, MOBILIZATION), Set.of(),
                Set.of(HealthCondition.OSTEOPOROSIS));
        assertThat(PlanSafety.problems(planned(Intervention.POSTURAL_EXERCISE, ""), verdicts)).isEmpty();
    }

    @Test
    void everyPlannedInterventionIsChecked() {
        Map<Intervention, String> planned = planned(THRUST, "");
        planned.put(MOBILIZATION, "");
        planned.put(Intervention.HEAT, "");
        assertThat(problems(planned, HealthCondition.OSTEOPOROSIS)).containsOnlyKeys(
                "intervention.THORACIC_THRUST_MANIPULATION", "caution.THORACIC_MOBILIZATION_GRADE_III_IV");
    }

    @Test
    void aNoteIsLimitedInLengthWhateverTheVerdict() {
        String tooLong = "x".repeat(PlanSafety.NOTE_LIMIT + 1);
        assertThat(problems(planned(Intervention.MOBILITY_EXERCISE, tooLong)))
                .containsExactly(entry("caution.MOBILITY_EXERCISE", "Use at most 500 characters"));
        assertThat(problems(planned(THRUST, tooLong), HealthCondition.OSTEOPOROSIS))
                .containsOnlyKeys("intervention.THORACIC_THRUST_MANIPULATION", "caution.THORACIC_THRUST_MANIPULATION");
        assertThat(problems(planned(MOBILIZATION, "x".repeat(PlanSafety.NOTE_LIMIT)), HealthCondition.OSTEOPOROSIS))
                .isEmpty();
    }
}
