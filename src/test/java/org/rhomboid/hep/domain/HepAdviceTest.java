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
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rhomboid.hep.domain.HepAdvice.Advice;
import org.rhomboid.hep.domain.HepAdvice.Kind;

class HepAdviceTest {

    private static final List<ProgramVersion> DAILY_A = List.of(version(1, START, exercise("A", 7)));

    private static Optional<Advice> assess(List<SessionLog> logs, List<DiaryEntry> diary, int today) {
        return assess(DAILY_A, logs, diary, Thresholds.DEFAULTS, today);
    }

    private static Optional<Advice> assess(List<ProgramVersion> versions, List<SessionLog> logs,
                                           List<DiaryEntry> diary, Thresholds t, int today) {
        return HepAdvice.assess(versions, logs, diary, t, day(today));
    }

    private static List<SessionLog> with(List<SessionLog> logs, SessionLog... more) {
        List<SessionLog> all = new ArrayList<>(logs);
        all.addAll(List.of(more));
        return all;
    }

    // PROGRESS

    @Test
    void progressOnDayFourteenWithFullAdherenceAndLowPain() {
        Optional<Advice> advice = assess(daily(0, 13, 2, 1, "A"), List.of(), 13);

        assertThat(advice).contains(new Advice(Kind.PROGRESS,
                "Adherence 100% and pain at most 2/10 over the last 14 days: consider progressing the program."));
    }

    @Test
    void noProgressBeforeTheProgrammeHasRunFourteenDays() {
        assertThat(assess(daily(0, 12, 2, 1, "A"), List.of(), 12)).isEmpty();
    }

    @Test
    void noProgressWithOnePainScoreOfFour() {
        List<SessionLog> logs = daily(0, 13, 2, 1, "A");
        logs.set(5, session(day(5), SessionStatus.DONE, 2, 4, null, "A"));

        assertThat(assess(logs, List.of(), 13)).isEmpty();
        // The diary counts too.
        assertThat(assess(daily(0, 13, 2, 1, "A"), List.of(new DiaryEntry(day(9), 4, null)), 13)).isEmpty();
        // Pain of exactly the maximum is fine.
        assertThat(assess(daily(0, 13, 3, 3, "A"), List.of(), 13)).map(Advice::kind).contains(Kind.PROGRESS);
    }

    @Test
    void noProgressWhenAWeekOfTheWindowHasNoPainScore() {
        List<SessionLog> logs = new ArrayList<>(daily(0, 6, null, null, "A"));
        logs.addAll(daily(7, 13, 1, 1, "A"));

        assertThat(assess(logs, List.of(), 13)).isEmpty();
        // One diary entry in that week is enough.
        assertThat(assess(logs, List.of(new DiaryEntry(day(2), 1, null)), 13)).map(Advice::kind)
                .contains(Kind.PROGRESS);
    }

    @Test
    void noProgressBelowTheAdherenceThreshold() {
        // Five of seven sessions a week: 71 %.
        List<SessionLog> logs = new ArrayList<>(daily(0, 4, 1, 1, "A"));
        logs.addAll(daily(7, 11, 1, 1, "A"));

        assertThat(assess(logs, List.of(), 13)).isEmpty();
        assertThat(assess(DAILY_A, logs, List.of(), new Thresholds(70, 3, 14, 2), 13)).map(Advice::reason)
                .contains("Adherence 71% and pain at most 1/10 over the last 14 days: "
                        + "consider progressing the program.");
    }

    @Test
    void theClinicMayAskForALongerWindow() {
        Thresholds threeWeeks = new Thresholds(80, 3, 21, 2);

        assertThat(assess(DAILY_A, daily(0, 19, 1, 1, "A"), List.of(), threeWeeks, 19)).isEmpty();
        assertThat(assess(DAILY_A, daily(0, 20, 1, 1, "A"), List.of(), threeWeeks, 20)).map(Advice::reason)
                .hasValueSatisfying(r -> r.contains("over the last 21 days"));
    }

    @Test
    void aShorterOldestPartOfTheWindowAlsoNeedsAPainScore() {
        // Ten days: days 4–10 and 1–3 each need a score.
        Thresholds tenDays = new Thresholds(80, 3, 10, 2);
        List<SessionLog> logs = new ArrayList<>(daily(0, 3, null, null, "A"));
        logs.addAll(daily(4, 10, 1, 1, "A"));

        assertThat(assess(DAILY_A, logs, List.of(), tenDays, 10)).isEmpty();
        assertThat(assess(DAILY_A, logs, List.of(new DiaryEntry(day(1), 1, null)), tenDays, 10)).isPresent();
    }

    @Test
    void noProgressSoonAfterTheProgrammeChanged() {
        List<ProgramVersion> progressed = List.of(version(1, START, exercise("A", 7)),
                version(2, day(9), exercise("A", 7), exercise("B", 7)));
        List<SessionLog> logs = new ArrayList<>(daily(0, 13, 1, 1, "A"));
        logs.addAll(daily(9, 13, 1, 1, "B"));

        assertThat(assess(progressed, logs, List.of(), Thresholds.DEFAULTS, 13)).isEmpty();
        List<SessionLog> later = with(logs, daily(14, 22, 1, 1, "A", "B").toArray(SessionLog[]::new));
        assertThat(assess(progressed, later, List.of(), Thresholds.DEFAULTS, 22)).map(Advice::kind)
                .contains(Kind.PROGRESS);
    }

    @Test
    void noProgressWithoutAProgramme() {
        assertThat(assess(List.of(), daily(0, 13, 1, 1, "A"), List.of(), Thresholds.DEFAULTS, 13)).isEmpty();
        List<ProgramVersion> paused = List.of(version(1, START.minusDays(30), exercise("A", 7)),
                version(2, START.minusDays(20)));
        assertThat(assess(paused, daily(0, 13, 1, 1, "A"), List.of(), Thresholds.DEFAULTS, 13)).isEmpty();
    }

    // REVIEW

    @Test
    void reviewWhenMeanPainRisesByTwo() {
        List<DiaryEntry> diary = new ArrayList<>();
        for (int d = 0; d <= 13; d++) {
            diary.add(new DiaryEntry(day(d), d < 7 ? 2 : 4, null));
        }

        Optional<Advice> advice = assess(List.of(), diary, 13);

        assertThat(advice).contains(new Advice(Kind.REVIEW, "Mean pain rose from 2.0/10 to 4.0/10 (last 7 days "
                + "against the 7 before). Consider reviewing the program."));
    }

    @Test
    void noReviewForARiseBelowTheThresholdOrWithoutAnEarlierWeek() {
        List<DiaryEntry> diary = List.of(new DiaryEntry(day(2), 2, null), new DiaryEntry(day(3), 3, null),
                new DiaryEntry(day(9), 4, null), new DiaryEntry(day(10), 4, null));

        assertThat(assess(List.of(), diary, 13)).isEmpty();
        assertThat(assess(List.of(), List.of(new DiaryEntry(day(12), 9, null)), 13)).isEmpty();
    }

    @Test
    void reviewBeatsProgress() {
        // Pain 0 in week 1, 2 in week 2: all within 3/10, adherence full, but a 2-point rise.
        List<SessionLog> logs = new ArrayList<>(daily(0, 6, 0, 0, "A"));
        logs.addAll(daily(7, 13, 2, 2, "A"));

        assertThat(assess(logs, List.of(), 13)).map(Advice::kind).contains(Kind.REVIEW);
    }

    @Test
    void reviewWhenTwoSessionsOfTheWeekRaisePainByTwoOrMore() {
        List<SessionLog> logs = daily(0, 13, 1, 1, "A");
        logs.set(8, session(day(8), SessionStatus.DONE, 1, 3, null, "A"));
        logs.set(12, session(day(12), SessionStatus.DONE, 2, 5, null, "A"));

        Optional<Advice> advice = assess(logs, List.of(), 13);

        assertThat(advice).contains(new Advice(Kind.REVIEW, "Exercise is provoking pain: in 2 sessions of the last "
                + "7 days pain rose by 2 points or more (1→3, 2→5). Consider reviewing the program."));
    }

    @Test
    void oneProvokingSessionOrOneOlderThanAWeekIsNotEnough() {
        List<SessionLog> logs = daily(0, 13, 1, 1, "A");
        logs.set(6, session(day(6), SessionStatus.DONE, 1, 3, null, "A"));
        logs.set(12, session(day(12), SessionStatus.DONE, 1, 3, null, "A"));

        assertThat(assess(logs, List.of(), 13)).map(Advice::kind).contains(Kind.PROGRESS);
    }

    @Test
    void reviewWhenTwoSessionsOfTheWeekWereTooHard() {
        List<SessionLog> logs = daily(0, 13, 1, 1, "A");
        logs.set(10, session(day(10), SessionStatus.PARTLY, 1, 1, Difficulty.TOO_HARD, "A"));
        logs.set(11, session(day(11), SessionStatus.PARTLY, 1, 1, Difficulty.TOO_HARD, "A"));

        assertThat(assess(logs, List.of(), 13)).contains(new Advice(Kind.REVIEW,
                "2 sessions of the last 7 days were marked too hard. Consider reviewing the program."));
        logs.set(11, session(day(11), SessionStatus.PARTLY, 1, 1, Difficulty.HARD, "A"));
        assertThat(assess(logs, List.of(), 13)).map(Advice::kind).contains(Kind.PROGRESS);
    }

    @Test
    void everyReasonFoundIsNamed() {
        List<SessionLog> logs = new ArrayList<>(daily(0, 6, 1, 1, "A"));
        logs.add(session(day(10), SessionStatus.DONE, 3, 6, Difficulty.TOO_HARD, "A"));
        logs.add(session(day(11), SessionStatus.DONE, 3, 6, Difficulty.TOO_HARD, "A"));

        String reason = assess(logs, List.of(), 13).orElseThrow().reason();

        assertThat(reason).startsWith("Mean pain rose from 1.0/10 to 4.5/10")
                .contains("; exercise is provoking pain")
                .contains("; 2 sessions of the last 7 days were marked too hard")
                .endsWith(". Consider reviewing the program.");
    }

    @Test
    void theClinicsRiseAppliesToBothPainRules() {
        List<SessionLog> logs = daily(0, 13, 1, 1, "A");
        logs.set(9, session(day(9), SessionStatus.DONE, 1, 2, null, "A"));
        logs.set(10, session(day(10), SessionStatus.DONE, 1, 2, null, "A"));

        assertThat(assess(logs, List.of(), 13)).map(Advice::kind).contains(Kind.PROGRESS);
        assertThat(assess(DAILY_A, logs, List.of(), new Thresholds(80, 3, 14, 1), 13)).map(Advice::kind)
                .contains(Kind.REVIEW);
    }
}
