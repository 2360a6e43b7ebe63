package org.rhomboid.intervention.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.rhomboid.screening.domain.Finding;

class HealthConditionsTest {

    @Test
    void noFindingsNoConditions() {
        assertThat(HealthConditions.from(List.of())).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "OSTEOPOROSIS, OSTEOPOROSIS",
            "PREVIOUS_FRAGILITY_FRACTURE, OSTEOPOROSIS",
            "LONG_TERM_CORTICOSTEROIDS, LONG_TERM_CORTICOSTEROIDS",
            "HISTORY_OF_CANCER, MALIGNANCY",
            "ANTICOAGULANTS, ANTICOAGULATION",
            "PREGNANCY, PREGNANCY",
            "PACEMAKER_OR_IMPLANTED_DEVICE, PACEMAKER",
            "IMPAIRED_SENSATION, IMPAIRED_SENSATION",
            "IMMUNOSUPPRESSION, IMMUNOSUPPRESSION",
            "RECENT_SPINAL_PROCEDURE, UNHEALED_SURGICAL_SITE",
            "UPPER_MOTOR_NEURON_SIGNS, MYELOPATHY",
            "SENSORY_LEVEL_ON_TRUNK, MYELOPATHY",
            "PROGRESSIVE_NEUROLOGICAL_DEFICIT, NEUROLOGICAL_COMPROMISE",
            "LEG_WEAKNESS_OR_NUMBNESS, NEUROLOGICAL_COMPROMISE"})
    void aFindingEstablishesItsCondition(Finding finding, HealthCondition condition) {
        assertThat(HealthConditions.from(List.of(finding))).containsExactly(condition);
    }

    @ParameterizedTest
    @EnumSource(value = Finding.class, names = {"FEVER", "NIGHT_PAIN_UNRELENTING", "SIGNIFICANT_TRAUMA",
            "GAIT_DISTURBANCE", "PULSE_DEFICIT", "DIABETES", "BILATERAL_LEG_SYMPTOMS"})
    void findingsThatLimitNoInterventionEstablishNothing(Finding finding) {
        assertThat(HealthConditions.from(List.of(finding))).isEmpty();
    }

    @Test
    void findingsPointingToTheSameConditionGiveItOnce() {
        assertThat(HealthConditions.from(List.of(Finding.OSTEOPOROSIS, Finding.PREVIOUS_FRAGILITY_FRACTURE,
                Finding.UPPER_MOTOR_NEURON_SIGNS, Finding.SENSORY_LEVEL_ON_TRUNK, Finding.FEVER)))
                .containsExactlyInAnyOrder(HealthCondition.OSTEOPOROSIS, HealthCondition.MYELOPATHY);
    }

    @Test
    void conditionsFromScreeningReachTheSafetyCheck() {
        Set<HealthCondition> conditions = HealthConditions.from(Set.of(Finding.PREVIOUS_FRAGILITY_FRACTURE));
        var verdict = InterventionSafety.check(List.of(Intervention.THORACIC_THRUST_MANIPULATION), Set.of(), conditions)
                .get(0);
        assertThat(verdict.status()).isEqualTo(InterventionSafety.Status.CONTRAINDICATED);
    }
}
