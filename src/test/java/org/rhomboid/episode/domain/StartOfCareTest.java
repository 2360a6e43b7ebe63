package org.rhomboid.episode.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rhomboid.shared.domain.TestDates;

class StartOfCareTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final LocalDate ONSET = LocalDate.of(2026, 11, 1);

    @Test
    void theStartMovesBackToTheFirstVisitWithAReason() {
        assertThat(StartOfCare.check(TODAY, TODAY.minusDays(13), "First visit was on paper", ONSET, null, TODAY, TestDates.US))
                .isEmpty();
    }

    @Test
    void notInTheFutureNotBeforeOnsetNotAfterADocumentedVisit() {
        assertThat(StartOfCare.check(TODAY, TODAY.plusDays(1), "x", ONSET, null, TODAY, TestDates.US).get("startedOn"))
                .contains("future");
        assertThat(StartOfCare.check(TODAY, ONSET.minusDays(1), "x", ONSET, null, TODAY, TestDates.US).get("startedOn"))
                .contains("onset");
        assertThat(StartOfCare.check(TODAY.minusDays(10), TODAY.minusDays(2), "x", ONSET, TODAY.minusDays(5), TODAY, TestDates.US)
                .get("startedOn")).contains("already documented");
        assertThat(StartOfCare.check(TODAY, null, "x", ONSET, null, TODAY, TestDates.US)).containsKey("startedOn");
        assertThat(StartOfCare.check(TODAY, TODAY, "x", ONSET, null, TODAY, TestDates.US).get("startedOn")).contains("already");
    }

    @Test
    void theReasonIsRequiredAndBounded() {
        assertThat(StartOfCare.check(TODAY, TODAY.minusDays(3), " ", ONSET, null, TODAY, TestDates.US)).containsOnlyKeys("reason");
        assertThat(StartOfCare.check(TODAY, TODAY.minusDays(3), "x".repeat(501), ONSET, null, TODAY, TestDates.US))
                .containsOnlyKeys("reason");
    }
}
