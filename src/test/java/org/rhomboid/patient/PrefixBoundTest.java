package org.rhomboid.patient;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrefixBoundTest {

    @Test
    void theBoundFollowsEveryStringWithThePrefix() {
        assertThat(PatientRepository.upperBound("smi")).isEqualTo("smj");
        assertThat(PatientRepository.upperBound("o'")).isEqualTo("o(");
        assertThat(PatientRepository.upperBound("núñ")).isEqualTo("núò");
        assertThat("smith".compareTo(PatientRepository.upperBound("smi"))).isNegative();
        assertThat("smj".compareTo(PatientRepository.upperBound("smi"))).isZero();
    }
}
