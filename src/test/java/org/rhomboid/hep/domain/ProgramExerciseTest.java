package org.rhomboid.hep.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rhomboid.exercise.domain.Dosage;

class ProgramExerciseTest {

    @Test
    void thePatientsCopyKeepsTheirLineAndDropsTheChartNote() {
        ProgramExercise prescribed = new ProgramExercise("cat-cow", "Cat-cow", new Dosage(2, 10, null, null, 1, 7),
                "Morning and evening", "BMD unknown; EROM flexion avoided", "Round your back only halfway");
        ProgramExercise forPatient = prescribed.forPatient();
        assertThat(forPatient.safetyNote()).isNull();
        assertThat(forPatient.patientNote()).isEqualTo("Round your back only halfway");
        assertThat(forPatient.instructions()).isEqualTo("Morning and evening");
        assertThat(forPatient.prescribed()).isEqualTo(prescribed.prescribed());
    }
}
