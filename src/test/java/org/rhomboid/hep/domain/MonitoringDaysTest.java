package org.rhomboid.hep.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MonitoringDaysTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 10);

    private static LocalDate day(int n) {
        return START.plusDays(n - 1L);
    }

    private static Set<LocalDate> days(int from, int to) {
        Set<LocalDate> days = new HashSet<>();
        for (int n = from; n <= to; n++) {
            days.add(day(n));
        }
        return days;
    }

    private static MonitoringDays.Period period(int days) {
        return new MonitoringDays.Period(1, START, day(30), days, false);
    }

    @Test
    void dayThirtyEndsTheFirstPeriodAndDayThirtyOneStartsTheSecond() {
        Set<LocalDate> logged = Set.of(day(1), day(30), day(31));

        assertThat(MonitoringDays.periods(logged, START, day(30)))
                .containsExactly(new MonitoringDays.Period(1, day(1), day(30), 2, true));
        assertThat(MonitoringDays.periods(logged, START, day(31))).containsExactly(
                new MonitoringDays.Period(1, day(1), day(30), 2, false),
                new MonitoringDays.Period(2, day(31), day(60), 1, true));
    }

    @Test
    void aDayCountsOnceHoweverMuchWasLogged() {
        List<MonitoringDays.Period> periods = MonitoringDays.periods(days(1, 16), START, day(45));

        assertThat(periods.get(0).daysWithData()).isEqualTo(16);
        assertThat(periods.get(0).band()).isEqualTo("16 or more days");
        assertThat(periods.get(1).daysWithData()).isZero();
    }

    @Test
    void bandsFollowTheDayCount() {
        assertThat(period(30).band()).isEqualTo("16 or more days");
        assertThat(period(16).band()).isEqualTo("16 or more days");
        assertThat(period(15).band()).isEqualTo("2–15 days");
        assertThat(period(2).band()).isEqualTo("2–15 days");
        assertThat(period(1).band()).isEqualTo("fewer than 2 days");
        assertThat(period(0).band()).isEqualTo("fewer than 2 days");
    }

    @Test
    void daysOutsideStartToTodayAreNotCounted() {
        Set<LocalDate> logged = new HashSet<>(days(1, 5));
        logged.add(START.minusDays(1));
        logged.add(day(11));

        assertThat(MonitoringDays.periods(logged, START, day(10)).get(0).daysWithData()).isEqualTo(5);
    }

    @Test
    void noPeriodBeforeTheStart() {
        assertThat(MonitoringDays.periods(Set.of(), START, START.minusDays(1))).isEmpty();
        assertThat(MonitoringDays.periods(Set.of(), START, START)).hasSize(1);
    }
}
