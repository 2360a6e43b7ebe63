package org.rhomboid.schedule.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecurrenceTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void mondaysAndThursdaysUntilTheLastDateIncluded() {
        Recurrence r = new Recurrence(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), LocalTime.of(9, 0), 45,
                LocalDate.of(2026, 12, 14), LocalDate.of(2026, 12, 24));
        assertThat(r.dates()).containsExactly(LocalDate.of(2026, 12, 14), LocalDate.of(2026, 12, 17),
                LocalDate.of(2026, 12, 21), LocalDate.of(2026, 12, 24));
        assertThat(r.isoWeekdays()).containsExactly(1, 4);
    }

    @Test
    void nineOClockStaysNineOClockAcrossTheSpringChangeInNewYork() {
        // 2027-03-14 is the Sunday clocks go forward in America/New_York: EST (-05:00) before, EDT (-04:00) after.
        Recurrence r = new Recurrence(EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.MONDAY), LocalTime.of(9, 0), 45,
                LocalDate.of(2027, 3, 12), LocalDate.of(2027, 3, 15));
        List<ZonedDateTime> starts = r.starts(NEW_YORK);
        assertThat(starts).extracting(z -> z.toLocalTime()).containsOnly(LocalTime.of(9, 0));
        assertThat(starts.get(0).getOffset().getTotalSeconds()).isEqualTo(-5 * 3600);
        assertThat(starts.get(1).getOffset().getTotalSeconds()).isEqualTo(-4 * 3600);
        // Three calendar days apart but 71 hours, not 72: the instants are not simply 24 h steps.
        assertThat(Duration.between(starts.get(0).toInstant(), starts.get(1).toInstant())).isEqualTo(Duration.ofHours(71));
    }

    @Test
    void aTimeMissingOnTheSpringForwardDayMovesForwardByTheGap() {
        Recurrence r = new Recurrence(EnumSet.of(DayOfWeek.SUNDAY), LocalTime.of(2, 30), 30,
                LocalDate.of(2027, 3, 14), LocalDate.of(2027, 3, 14));
        assertThat(r.starts(NEW_YORK).get(0).toLocalTime()).isEqualTo(LocalTime.of(3, 30));
    }

    @Test
    void atMost366Days() {
        LocalDate first = LocalDate.of(2026, 12, 14);
        assertThat(new Recurrence(EnumSet.of(DayOfWeek.MONDAY), LocalTime.NOON, 30, first, first.plusDays(366))
                .dates()).hasSize(53);
        assertThatThrownBy(() -> new Recurrence(EnumSet.of(DayOfWeek.MONDAY), LocalTime.NOON, 30, first,
                first.plusDays(367))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Recurrence(EnumSet.noneOf(DayOfWeek.class), LocalTime.NOON, 30, first,
                first)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thePlansFrequencyAndDurationSuggestTheSeries() {
        // Monday Dec 7, 2026: twice a week for six weeks → Mondays and Thursdays until Sunday Jan 17.
        SeriesSuggestion s = SeriesSuggestion.fromPlan(2, 6, LocalDate.of(2026, 12, 7));
        assertThat(s.weekdays()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.THURSDAY);
        assertThat(s.first()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(s.until()).isEqualTo(LocalDate.of(2027, 1, 17));
        assertThat(new Recurrence(s.weekdays(), LocalTime.of(9, 0), 45, s.first(), s.until()).dates()).hasSize(12);
        // From a Tuesday, the first visit is that week's Thursday.
        assertThat(SeriesSuggestion.fromPlan(2, 6, LocalDate.of(2026, 12, 8)).first()).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(SeriesSuggestion.spread(3)).containsExactly(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
    }
}
