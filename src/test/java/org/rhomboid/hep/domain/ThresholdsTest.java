package org.rhomboid.hep.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;

class ThresholdsTest {

    @Test
    void defaultsAreEightyPercentPainThreeFourteenDaysRiseTwo() {
        assertThat(Thresholds.DEFAULTS).isEqualTo(new Thresholds(80, 3, 14, 2));
    }

    @Test
    void valuesAtTheEdgesOfTheirRangesAreSound() {
        assertThat(Thresholds.problems(50, 0, 7, 1)).isEmpty();
        assertThat(Thresholds.problems(100, 10, 42, 5)).isEmpty();
    }

    @Test
    void problemsAreKeyedByFieldName() {
        assertThat(Thresholds.problems(49, 11, 6, 0)).containsExactly(
                entry("progressAdherencePercent", "Give a percentage from 50 to 100"),
                entry("progressMaxPain", "Give a pain score from 0 to 10"),
                entry("progressDays", "Give a number of days from 7 to 42"),
                entry("reviewPainRise", "Give a number of points from 1 to 5"));
        assertThat(Thresholds.problems(101, -1, 43, 6)).hasSize(4);
        assertThat(Thresholds.problems(null, 3, null, 2)).containsOnlyKeys("progressAdherencePercent", "progressDays");
    }

    @Test
    void unsoundThresholdsCannotBeBuilt() {
        assertThatThrownBy(() -> new Thresholds(80, 3, 14, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reviewPainRise");
    }
}
