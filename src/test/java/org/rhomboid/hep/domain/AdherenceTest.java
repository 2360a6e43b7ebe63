package org.rhomboid.hep.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rhomboid.hep.domain.Hep.START;
import static org.rhomboid.hep.domain.Hep.daily;
import static org.rhomboid.hep.domain.Hep.day;
import static org.rhomboid.hep.domain.Hep.exercise;
import static org.rhomboid.hep.domain.Hep.session;
import static org.rhomboid.hep.domain.Hep.version;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdherenceTest {

    private static final List<ProgramVersion> DAILY_A = List.of(version(1, START, exercise("A", 7)));

    @Test
    void aFullWeekDoneIsHundredPercent() {
        List<Adherence.Week> weeks = Adherence.byWeek(DAILY_A, daily(0, 6, 1, 1, "A"), day(6));

        assertThat(weeks).containsExactly(new Adherence.Week(1, START, day(6), 7.0, 7.0, 100));
    }

    @Test
    void partlyDoneCountsHalf() {
        List<SessionLog> logs = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            logs.add(session(day(d), SessionStatus.PARTLY, "A"));
        }
        logs.add(session(day(0), SessionStatus.SKIPPED, "A"));

        assertThat(Adherence.byWeek(DAILY_A, logs, day(6)).get(0).percent()).isEqualTo(50);
    }

    @Test
    void theCurrentPartialWeekIsProratedByDaysElapsed() {
        // Today is day 3 of week 2: 3 of the week's 7 sessions were due, 2 done.
        List<SessionLog> logs = new ArrayList<>(daily(0, 6, 1, 1, "A"));
        logs.addAll(daily(7, 8, 1, 1, "A"));

        List<Adherence.Week> weeks = Adherence.byWeek(DAILY_A, logs, day(9));

        assertThat(weeks).hasSize(2);
        Adherence.Week current = weeks.get(1);
        assertThat(current.number()).isEqualTo(2);
        assertThat(current.start()).isEqualTo(day(7));
        assertThat(current.end()).isEqualTo(day(13));
        assertThat(current.prescribed()).isEqualTo(3.0);
        assertThat(current.done()).isEqualTo(2.0);
        assertThat(current.percent()).isEqualTo(66);
    }

    @Test
    void fewerDaysAWeekAreSpreadOverTheWeek() {
        List<ProgramVersion> fiveDays = List.of(version(1, START, exercise("A", 5)));

        Adherence.Week firstDay = Adherence.byWeek(fiveDays, List.of(session(day(0), SessionStatus.DONE, "A")), day(0))
                .get(0);

        assertThat(firstDay.prescribed()).isCloseTo(5.0 / 7, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(firstDay.percent()).isEqualTo(100);
    }

    @Test
    void anExerciseAddedMidWeekIsPrescribedFromItsVersionOnly() {
        // B joins on day 3: 4 of its daily sessions fall in week 1, beside A's 7.
        List<ProgramVersion> versions = List.of(version(1, START, exercise("A", 7)),
                version(2, day(3), exercise("A", 7), exercise("B", 7)));
        List<SessionLog> logs = new ArrayList<>(daily(0, 6, 1, 1, "A"));
        logs.addAll(daily(3, 6, 1, 1, "B"));

        Adherence.Week week = Adherence.byWeek(versions, logs, day(6)).get(0);

        assertThat(week.prescribed()).isEqualTo(11.0);
        assertThat(week.done()).isEqualTo(11.0);
        assertThat(week.percent()).isEqualTo(100);
    }

    @Test
    void anExerciseLoggedBeforeItsVersionEarnsNothing() {
        List<ProgramVersion> versions = List.of(version(1, START, exercise("A", 7)),
                version(2, day(3), exercise("A", 7), exercise("B", 7)));
        List<SessionLog> logs = new ArrayList<>(daily(0, 6, 1, 1, "A"));
        logs.addAll(daily(0, 2, 1, 1, "B"));

        Adherence.Week week = Adherence.byWeek(versions, logs, day(6)).get(0);

        assertThat(week.done()).isEqualTo(7.0);
        assertThat(week.percent()).isEqualTo(63);
    }

    @Test
    void logsBeforeTheProgrammeOrForUnknownCodesEarnNothing() {
        List<SessionLog> logs = List.of(session(START.minusDays(1), SessionStatus.DONE, "A"),
                session(day(1), SessionStatus.DONE, "X"), session(day(2), SessionStatus.DONE, "a"));

        Adherence.Week week = Adherence.byWeek(DAILY_A, logs, day(6)).get(0);

        assertThat(week.done()).isZero();
        assertThat(week.percent()).isZero();
    }

    @Test
    void twentySessionsInAWeekDoNotPassHundredPercent() {
        List<SessionLog> logs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            logs.add(session(day(i % 7), SessionStatus.DONE, "A"));
        }

        Adherence.Week week = Adherence.byWeek(DAILY_A, logs, day(6)).get(0);

        assertThat(week.done()).isEqualTo(7.0);
        assertThat(week.percent()).isEqualTo(100);
    }

    @Test
    void extraSessionsOfOneExerciseDoNotMakeUpForAnother() {
        List<ProgramVersion> versions = List.of(version(1, START, exercise("A", 7), exercise("B", 7)));
        List<SessionLog> logs = new ArrayList<>(daily(0, 6, 1, 1, "A"));
        logs.addAll(daily(0, 6, 1, 1, "A"));

        assertThat(Adherence.byWeek(versions, logs, day(6)).get(0).percent()).isEqualTo(50);
    }

    @Test
    void theCapHoldsPerWeekAcrossAWindow() {
        // Two weeks' sessions crammed into week 1: week 2 is still empty.
        List<SessionLog> logs = new ArrayList<>(daily(0, 6, 1, 1, "A"));
        logs.addAll(daily(0, 6, 1, 1, "A"));

        assertThat(Adherence.percent(DAILY_A, logs, START, day(13))).isEqualTo(50);
    }

    @Test
    void aWindowMatchesTheWeeksItCovers() {
        List<SessionLog> logs = new ArrayList<>(daily(0, 6, 1, 1, "A"));
        logs.addAll(daily(7, 10, 1, 1, "A"));

        assertThat(Adherence.percent(DAILY_A, logs, day(7), day(13)))
                .isEqualTo(Adherence.byWeek(DAILY_A, logs, day(13)).get(1).percent()).isEqualTo(57);
        // A window starting mid-week prorates that week too: days 3–9, 7 sessions due, 7 done.
        assertThat(Adherence.percent(DAILY_A, logs, day(3), day(9))).isEqualTo(100);
    }

    @Test
    void nothingPrescribedGivesNoPercent() {
        List<ProgramVersion> paused = List.of(version(1, START, exercise("A", 7)), version(2, day(7)));

        List<Adherence.Week> weeks = Adherence.byWeek(paused, daily(7, 13, 1, 1, "A"), day(13));

        assertThat(weeks.get(1).prescribed()).isZero();
        assertThat(weeks.get(1).percent()).isNull();
        assertThat(Adherence.percent(paused, List.of(), START.minusDays(14), START.minusDays(1))).isNull();
        assertThat(Adherence.percent(List.of(), List.of(), START, day(6))).isNull();
    }

    @Test
    void noWeeksBeforeTheProgrammeStarts() {
        assertThat(Adherence.byWeek(DAILY_A, List.of(), START.minusDays(1))).isEmpty();
        assertThat(Adherence.byWeek(List.of(), List.of(), START)).isEmpty();
        assertThat(Adherence.byWeek(DAILY_A, List.of(), START)).extracting(Adherence.Week::number).containsExactly(1);
        assertThat(Adherence.byWeek(DAILY_A, List.of(), day(7))).extracting(Adherence.Week::number)
                .containsExactly(1, 2);
    }

    @Test
    void versionsMayBeGivenInAnyOrder() {
        List<ProgramVersion> versions = List.of(version(2, day(3), exercise("A", 7), exercise("B", 7)),
                version(1, START, exercise("A", 7)));

        assertThat(Adherence.byWeek(versions, List.of(), day(6)).get(0).prescribed()).isEqualTo(11.0);
    }
}
