package org.rhomboid.hep.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rhomboid.hep.domain.Hep.day;
import static org.rhomboid.hep.domain.Hep.session;

import java.util.List;
import org.junit.jupiter.api.Test;

class PainTrendTest {

    @Test
    void aDayJoinsTheDiaryAndTheSessionsKeepingTheHighestOfEachKind() {
        List<SessionLog> logs = List.of(session(day(1), SessionStatus.DONE, 2, 3, null, "A"),
                session(day(1), SessionStatus.DONE, 4, 1, null, "A"));
        List<DiaryEntry> diary = List.of(new DiaryEntry(day(1), 2, null), new DiaryEntry(day(1), 5, "evening"));

        assertThat(PainTrend.daily(logs, diary, day(0), day(6)))
                .containsExactly(new PainTrend.Day(day(1), 5, 4, 3));
    }

    @Test
    void onlyDaysWithAPainScoreInTheWindowInDateOrder() {
        List<SessionLog> logs = List.of(session(day(4), SessionStatus.DONE, 1, 2, null, "A"),
                new SessionLog(day(2), List.of(new ExerciseDone("A", SessionStatus.SKIPPED, null, null)), null, null,
                        null, null),
                session(day(9), SessionStatus.DONE, 1, 1, null, "A"));
        List<DiaryEntry> diary = List.of(new DiaryEntry(day(3), 3, null), new DiaryEntry(day(0), 6, null));

        List<PainTrend.Day> days = PainTrend.daily(logs, diary, day(1), day(6));

        assertThat(days).containsExactly(new PainTrend.Day(day(3), 3, null, null),
                new PainTrend.Day(day(4), null, 1, 2));
    }

    @Test
    void worstIsTheHighestScoreOfTheDay() {
        assertThat(new PainTrend.Day(day(0), 2, 5, 3).worst()).isEqualTo(5);
        assertThat(new PainTrend.Day(day(0), null, null, 4).worst()).isEqualTo(4);
        assertThat(new PainTrend.Day(day(0), null, null, null).worst()).isNull();
    }

    @Test
    void theMeanCountsEveryScoreInTheWindow() {
        List<PainTrend.Day> days = List.of(new PainTrend.Day(day(0), 2, 4, 6), new PainTrend.Day(day(1), 1, null, null),
                new PainTrend.Day(day(5), 9, null, null));

        assertThat(PainTrend.mean(days, day(0), day(1))).isEqualTo(13.0 / 4);
        assertThat(PainTrend.mean(days, day(2), day(4))).isNull();
        assertThat(PainTrend.mean(List.of(), day(0), day(6))).isNull();
    }
}
