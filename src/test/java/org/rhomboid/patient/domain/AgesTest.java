package org.rhomboid.patient.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AgesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @Test
    void ageCountsWholeYears() {
        assertThat(Ages.yearsOn(LocalDate.of(1951, 11, 22), TODAY)).isEqualTo(74);
        assertThat(Ages.yearsOn(LocalDate.of(1951, 11, 21), TODAY)).isEqualTo(75);
    }

    @Test
    void birthDatesMustBeInThePastAndWithinALifetime() {
        assertThat(Ages.isPlausibleBirthDate(TODAY, TODAY)).isTrue();
        assertThat(Ages.isPlausibleBirthDate(TODAY.plusDays(1), TODAY)).isFalse();
        assertThat(Ages.isPlausibleBirthDate(TODAY.minusYears(120), TODAY)).isTrue();
        assertThat(Ages.isPlausibleBirthDate(TODAY.minusYears(121), TODAY)).isFalse();
    }
}
