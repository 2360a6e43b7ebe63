package org.rhomboid.hep.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.entry;
import static org.rhomboid.hep.domain.Hep.exercise;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rhomboid.shared.domain.TestDates;

class SessionFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 20);
    private static final List<PrescribedExercise> PRESCRIBED = List.of(exercise("OPEN_BOOK", 7),
            exercise("ROWS", 3));

    /** A complete form for today; each pair replaces (null removes) one field. */
    private static Map<String, List<String>> form(String... namesAndValues) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("date", List.of("2026-03-19"));
        fields.put("ex.0.status", List.of("DONE"));
        fields.put("ex.0.sets", List.of("3"));
        fields.put("ex.0.reps", List.of("10"));
        fields.put("ex.1.status", List.of("PARTLY"));
        fields.put("painBefore", List.of("3"));
        fields.put("painAfter", List.of("2"));
        fields.put("difficulty", List.of("ABOUT_RIGHT"));
        fields.put("comment", List.of("  Rows hurt a bit  "));
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] == null) {
                fields.remove(namesAndValues[i]);
            } else {
                fields.put(namesAndValues[i], List.of(namesAndValues[i + 1]));
            }
        }
        return fields;
    }

    private static SessionForm.Checked check(Map<String, List<String>> form) {
        return SessionForm.check(form, PRESCRIBED, TODAY, TODAY, TestDates.US);
    }

    private static Map<String, String> errors(Map<String, List<String>> form) {
        SessionForm.Checked checked = check(form);
        assertThat(checked.valid()).isFalse();
        assertThat(checked.log()).isNull();
        return checked.errors();
    }

    @Test
    void aCompleteFormGivesTheLog() {
        SessionForm.Checked checked = check(form());

        assertThat(checked.valid()).isTrue();
        assertThat(checked.errors()).isEmpty();
        assertThat(checked.log()).isEqualTo(new SessionLog(LocalDate.of(2026, 3, 19),
                List.of(new ExerciseDone("OPEN_BOOK", SessionStatus.DONE, 3, 10),
                        new ExerciseDone("ROWS", SessionStatus.PARTLY, null, null)),
                3, 2, Difficulty.ABOUT_RIGHT, "Rows hurt a bit"));
    }

    @Test
    void aBlankDateIsTheDayThePageWasOpenedFor() {
        LocalDate yesterday = TODAY.minusDays(1);

        assertThat(SessionForm.check(form("date", ""), PRESCRIBED, yesterday, TODAY, TestDates.US).log().date()).isEqualTo(yesterday);
        assertThat(SessionForm.check(form("date", null), PRESCRIBED, null, TODAY, TestDates.US).errors())
                .containsExactly(entry("date", "Give the date"));
    }

    @Test
    void theDateIsNotInTheFutureNorMoreThanSevenDaysAgo() {
        assertThat(errors(form("date", "2026-03-21")))
                .containsExactly(entry("date", "The date can't be in the future"));
        assertThat(errors(form("date", "2026-03-12")))
                .containsExactly(entry("date", "You can log the last 7 days only, from Mar 13, 2026"));
        assertThat(check(form("date", "2026-03-13")).valid()).isTrue();
        assertThat(check(form("date", "2026-03-20")).valid()).isTrue();
        assertThat(errors(form("date", "20/03/2026")))
                .containsExactly(entry("date", "Enter the date as year-month-day, for example 2026-03-20"));
        assertThat(errors(form("date", "2026-02-30"))).containsOnlyKeys("date");
        // The fallback is held to the same window.
        assertThat(SessionForm.check(form("date", ""), PRESCRIBED, TODAY.plusDays(1), TODAY, TestDates.US).errors())
                .containsOnlyKeys("date");
    }

    @Test
    void everyExerciseNeedsAStatus() {
        assertThat(errors(form("ex.1.status", null)))
                .containsExactly(entry("ex.1.status", "Choose done, partly or skipped"));
        assertThat(errors(form("ex.0.status", "MAYBE")))
                .containsExactly(entry("ex.0.status", "Choose done, partly or skipped"));
        assertThat(check(form("ex.0.status", "skipped", "ex.1.status", "Partly")).valid()).isTrue();
    }

    @Test
    void painIsAWholeNumberFromZeroToTen() {
        assertThat(errors(form("painBefore", "11")))
                .containsExactly(entry("painBefore", "Pain is a number from 0 to 10"));
        assertThat(errors(form("painAfter", "abc")))
                .containsExactly(entry("painAfter", "Pain is a number from 0 to 10"));
        for (String bad : List.of("-1", "2.5", "1e1", "+3", "99999999999")) {
            assertThat(errors(form("painBefore", bad))).containsOnlyKeys("painBefore");
        }
        assertThat(check(form("painBefore", "0", "painAfter", " 10 ")).log().painAfter()).isEqualTo(10);
    }

    @Test
    void painIsRequiredUnlessEveryExerciseWasSkipped() {
        assertThat(errors(form("painBefore", null, "painAfter", "")))
                .containsOnlyKeys("painBefore", "painAfter")
                .containsEntry("painBefore", "Give your pain from 0 (none) to 10 (worst imaginable)");

        SessionForm.Checked skipped = check(form("ex.0.status", "SKIPPED", "ex.1.status", "SKIPPED",
                "painBefore", null, "painAfter", null));
        assertThat(skipped.valid()).isTrue();
        assertThat(skipped.log().painBefore()).isNull();
        // A missing status is not a skip: ask for pain in the same round.
        assertThat(errors(form("ex.0.status", "SKIPPED", "ex.1.status", null, "painBefore", null)))
                .containsOnlyKeys("ex.1.status", "painBefore");
    }

    @Test
    void setsAndRepsAreOptionalAndBounded() {
        assertThat(errors(form("ex.0.sets", "21")))
                .containsExactly(entry("ex.0.sets", "Sets are a number from 0 to 20"));
        assertThat(errors(form("ex.0.reps", "abc")))
                .containsExactly(entry("ex.0.reps", "Repetitions are a number from 0 to 200"));
        assertThat(check(form("ex.0.sets", "0", "ex.0.reps", "200")).valid()).isTrue();
        assertThat(check(form("ex.0.sets", null, "ex.0.reps", "")).log().exercises().get(0).sets()).isNull();
    }

    @Test
    void difficultyIsOptional() {
        assertThat(check(form("difficulty", null)).log().difficulty()).isNull();
        assertThat(check(form("difficulty", "too_hard")).log().difficulty()).isEqualTo(Difficulty.TOO_HARD);
        assertThat(errors(form("difficulty", "impossible")))
                .containsExactly(entry("difficulty", "Choose one of the options"));
    }

    @Test
    void theCommentIsAtMostFiveHundredCharacters() {
        assertThat(check(form("comment", "x".repeat(500))).valid()).isTrue();
        assertThat(check(form("comment", "🙂".repeat(500))).valid()).isTrue();
        assertThat(errors(form("comment", "x".repeat(501))))
                .containsExactly(entry("comment", "Keep the comment to 500 characters or fewer"));
        assertThat(check(form("comment", "   ")).log().comment()).isNull();
    }

    @Test
    void everyProblemIsReportedAtOnceAndValidFieldsAreNotFlagged() {
        Map<String, String> errors = errors(form("date", "2026-03-25", "ex.0.status", null, "ex.1.sets", "x",
                "painBefore", "11"));

        assertThat(errors).containsOnlyKeys("date", "ex.0.status", "ex.1.sets", "painBefore");
    }

    @Test
    void extraRowsBeyondThePrescribedExercisesAreIgnored() {
        assertThat(check(form("ex.2.status", "nonsense")).log().exercises()).hasSize(2);
    }

    @Test
    void noExercisesForTheDayIsReportedOnTheDate() {
        assertThat(SessionForm.check(form(), List.of(), TODAY, TODAY, TestDates.US).errors()).containsOnlyKeys("date");
        assertThat(SessionForm.check(form(), null, TODAY, TODAY, TestDates.US).valid()).isFalse();
    }

    @Test
    void badInputNeverThrows() {
        Map<String, List<String>> odd = new LinkedHashMap<>();
        odd.put("date", Arrays.asList((String) null));
        odd.put("ex.0.status", new ArrayList<>());
        odd.put("painBefore", List.of("\u0000"));

        assertThatCode(() -> SessionForm.check(odd, PRESCRIBED, TODAY, TODAY, TestDates.US)).doesNotThrowAnyException();
        assertThatCode(() -> SessionForm.check(null, PRESCRIBED, TODAY, TODAY, TestDates.US)).doesNotThrowAnyException();
        assertThat(SessionForm.check(null, PRESCRIBED, TODAY, TODAY, TestDates.US).errors())
                .containsOnlyKeys("ex.0.status", "ex.1.status", "painBefore", "painAfter");
    }
}
