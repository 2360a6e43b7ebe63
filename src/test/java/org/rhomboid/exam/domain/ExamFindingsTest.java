package org.rhomboid.exam.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rhomboid.screening.domain.Finding;

class ExamFindingsTest {

    /** The findings of an exam typed as field/value pairs. */
    private static Set<Finding> findings(String... namesAndValues) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
        }
        ExamForm.Checked checked = new ExamForm(fields).check(null);
        assertThat(checked.errors()).isEmpty();
        return ExamFindings.of(checked.exam());
    }

    @Test
    void aNormalExamFindsNothing() {
        assertThat(findings("gait", "NORMAL", "pulses", "EQUAL", "umn.BABINSKI", "NEGATIVE", "umn.CLONUS", "NEGATIVE",
                "reflex.PATELLAR.L", "NORMAL", "reflex.PATELLAR.R", "NORMAL", "myo.L4.L", "5", "myo.L4.R", "5",
                "derm.T6.L", "NORMAL", "derm.L5.R", "NORMAL", "sensoryLevel", "")).isEmpty();
    }

    @Test
    void anyPositiveUpperMotorNeuronSign() {
        assertThat(findings("umn.CLONUS", "POSITIVE", "umn.BABINSKI", "NEGATIVE"))
                .containsExactly(Finding.UPPER_MOTOR_NEURON_SIGNS);
        assertThat(findings("umn.HOFFMANN", "POSITIVE")).containsExactly(Finding.UPPER_MOTOR_NEURON_SIGNS);
    }

    @Test
    void briskLegReflexesOnBothSidesAreAnUpperMotorNeuronSign() {
        assertThat(findings("reflex.PATELLAR.L", "BRISK", "reflex.ACHILLES.R", "BRISK"))
                .containsExactly(Finding.UPPER_MOTOR_NEURON_SIGNS);
        assertThat(findings("reflex.PATELLAR.L", "BRISK", "reflex.PATELLAR.R", "NORMAL"))
                .as("one leg only").isEmpty();
        assertThat(findings("reflex.BICEPS.L", "BRISK", "reflex.BICEPS.R", "BRISK"))
                .as("arm reflexes").isEmpty();
    }

    @Test
    void aSensoryLevelOnTheTrunk() {
        assertThat(findings("sensoryLevel", "T8")).containsExactly(Finding.SENSORY_LEVEL_ON_TRUNK);
    }

    @Test
    void anUnsteadyGait() {
        assertThat(findings("gait", "UNSTEADY")).containsExactly(Finding.GAIT_DISTURBANCE);
    }

    @Test
    void aPulseDeficit() {
        assertThat(findings("pulses", "DEFICIT")).containsExactly(Finding.PULSE_DEFICIT);
    }

    @Test
    void legWeaknessBelowGradeFourOnOneSide() {
        assertThat(findings("myo.L4.L", "3", "myo.L4.R", "5")).containsExactly(Finding.LEG_WEAKNESS_OR_NUMBNESS);
        assertThat(findings("myo.S1.R", "4")).as("4/5 is not weakness").isEmpty();
        assertThat(findings("myo.C7.L", "2", "myo.T1.R", "2")).as("arm and trunk myotomes").isEmpty();
    }

    @Test
    void reducedOrAbsentLegSensation() {
        assertThat(findings("derm.L2.R", "ABSENT")).containsExactly(Finding.LEG_WEAKNESS_OR_NUMBNESS);
        assertThat(findings("derm.L5.L", "HEIGHTENED")).isEmpty();
    }

    @Test
    void deficitsInBothLegsAreAlsoBilateral() {
        assertThat(findings("derm.L5.L", "REDUCED", "myo.S1.R", "3"))
                .containsExactlyInAnyOrder(Finding.LEG_WEAKNESS_OR_NUMBNESS, Finding.BILATERAL_LEG_SYMPTOMS);
    }

    @Test
    void reducedOrAbsentSensationOnTheTrunkIsImpairedSensation() {
        assertThat(findings("derm.T6.R", "REDUCED")).containsExactly(Finding.IMPAIRED_SENSATION);
        assertThat(findings("derm.T12.L", "ABSENT")).containsExactly(Finding.IMPAIRED_SENSATION);
        assertThat(findings("derm.T6.R", "HEIGHTENED")).isEmpty();
        assertThat(findings("derm.C6.L", "ABSENT")).as("an arm dermatome").isEmpty();
    }

    @Test
    void severalFindingsTogether() {
        assertThat(findings("umn.BABINSKI", "POSITIVE", "sensoryLevel", "T10", "gait", "UNSTEADY", "myo.L3.L", "3",
                "myo.L3.R", "2", "derm.T10.L", "REDUCED"))
                .containsExactlyInAnyOrder(Finding.UPPER_MOTOR_NEURON_SIGNS, Finding.SENSORY_LEVEL_ON_TRUNK,
                        Finding.GAIT_DISTURBANCE, Finding.LEG_WEAKNESS_OR_NUMBNESS, Finding.BILATERAL_LEG_SYMPTOMS,
                        Finding.IMPAIRED_SENSATION);
    }
}
