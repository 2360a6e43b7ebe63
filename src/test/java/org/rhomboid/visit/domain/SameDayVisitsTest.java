package org.rhomboid.visit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rhomboid.shared.domain.TestDates;

class SameDayVisitsTest {

    static final LocalDate DAY = LocalDate.of(2026, 12, 3);
    static final List<SameDayVisits.Signed> ONE_THAT_DAY = List.of(
            new SameDayVisits.Signed(UUID.randomUUID(), DAY, "Dana Whitfield, PT", false),
            new SameDayVisits.Signed(UUID.randomUUID(), DAY.minusDays(2), "Dana Whitfield, PT", false));

    @Test
    void aSecondNoteForTheDayIsRefusedUnlessItIsASeparateSession() {
        assertThat(SameDayVisits.refusal(ONE_THAT_DAY, DAY, false, TestDates.US)).get().asString()
                .contains("already signed by Dana Whitfield").contains("separate session").contains("addendum");
        assertThat(SameDayVisits.refusal(ONE_THAT_DAY, DAY, true, TestDates.US)).isEmpty();
    }

    @Test
    void aSeparateSessionNeedsTheDaysFirstVisit() {
        assertThat(SameDayVisits.refusal(ONE_THAT_DAY, DAY.plusDays(1), true, TestDates.US)).get().asString()
                .contains("no other daily note");
        assertThat(SameDayVisits.refusal(ONE_THAT_DAY, DAY.plusDays(1), false, TestDates.US)).isEmpty();
        assertThat(SameDayVisits.refusal(List.of(), DAY, false, TestDates.US)).isEmpty();
    }

    @Test
    void thePageWarnsWhileTheNoteIsWritten() {
        assertThat(SameDayVisits.warning(ONE_THAT_DAY, DAY, false)).get().asString().contains("mark this note");
        assertThat(SameDayVisits.warning(ONE_THAT_DAY, DAY, true)).get().asString().contains("separate session");
        assertThat(SameDayVisits.warning(ONE_THAT_DAY, DAY.minusDays(1), false)).isEmpty();
        assertThat(SameDayVisits.warning(ONE_THAT_DAY, null, false)).isEmpty();
    }
}
