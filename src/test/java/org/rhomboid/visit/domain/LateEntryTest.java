package org.rhomboid.visit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rhomboid.shared.domain.TestDates;

class LateEntryTest {

    static final LocalDate VISIT = LocalDate.of(2026, 12, 1);

    @Test
    void signedWithinTheClinicsDaysIsOnTime() {
        assertThat(LateEntry.of(VISIT, VISIT, 3)).isEmpty();
        assertThat(LateEntry.of(VISIT, VISIT.plusDays(3), 3)).isEmpty();
    }

    @Test
    void laterIsALateEntryThatSaysWhenItWasWritten() {
        var late = LateEntry.of(VISIT, VISIT.plusDays(4), 3).orElseThrow();
        assertThat(late.days()).isEqualTo(4);
        assertThat(late.sentence(TestDates.US))
                .isEqualTo("Late entry: written on Dec 5, 2026 for the visit of Dec 1, 2026 (4 days later).");
        assertThat(LateEntry.of(VISIT, VISIT.plusDays(2), 1).orElseThrow().sentence(TestDates.US))
                .contains("(2 days later)");
        assertThat(LateEntry.lateIfSignedOn(VISIT, VISIT.plusDays(8), 7)).isTrue();
        assertThat(LateEntry.lateIfSignedOn(VISIT, VISIT.plusDays(7), 7)).isFalse();
    }

    @Test
    void thePolicyCountsAtLeastOneDay() {
        assertThatThrownBy(() -> LateEntry.of(VISIT, VISIT, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
