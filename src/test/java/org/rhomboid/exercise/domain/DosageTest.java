package org.rhomboid.exercise.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DosageTest {

    @Test
    void describesSetsRepetitionsHoldsAndHowOften() {
        assertThat(new Dosage(3, 10, 5, null, 2, 5).describe())
                .isEqualTo("3 sets of 10, hold 5 s — twice a day, 5 days a week");
        assertThat(new Dosage(1, 10, null, null, 1, 7).describe()).isEqualTo("10 repetitions — once a day, every day");
        assertThat(new Dosage(1, 1, 30, null, 1, 7).describe()).isEqualTo("1 repetition, hold 30 s — once a day, every day");
        assertThat(new Dosage(1, 5, 3, null, 1, 3).describe())
                .isEqualTo("5 repetitions, hold 3 s — once a day, 3 days a week");
    }

    @Test
    void describesMinutesAndHoldsWithoutRepetitions() {
        assertThat(new Dosage(1, null, null, 5, 2, 7).describe()).isEqualTo("5 minutes — twice a day, every day");
        assertThat(new Dosage(2, null, null, 10, 3, 1).describe())
                .isEqualTo("2 × 10 minutes — 3 times a day, 1 day a week");
        assertThat(new Dosage(1, null, 30, null, 1, 7).describe()).isEqualTo("once, hold 30 s — once a day, every day");
        assertThat(new Dosage(1, 10, null, 5, 1, 7).describe()).isEqualTo("10 repetitions, 5 minutes — once a day, "
                + "every day");
    }

    @Test
    void sessionsPerWeekCountTimesADayOverDays() {
        assertThat(new Dosage(1, 10, null, null, 2, 5).sessionsPerWeek()).isEqualTo(10);
    }

    @Test
    void aDoseNeedsRepetitionsMinutesOrAHold() {
        assertThat(Dosage.problems(1, null, null, null, 1, 7))
                .containsExactly(Map.entry("reps", "Give repetitions, a hold time or minutes"));
        assertThat(Dosage.problems(1, null, 10, null, 1, 7)).isEmpty();
        assertThat(Dosage.problems(1, null, null, 5, 1, 7)).isEmpty();
    }

    @Test
    void requiredAndOutOfRangeFieldsAreNamed() {
        Map<String, String> problems = Dosage.problems(null, 0, 301, 61, 7, 8);
        assertThat(problems).containsEntry("sets", "Give how many sets")
                .containsEntry("reps", "Use 1 to 100 repetitions")
                .containsEntry("holdSeconds", "Use 1 to 300 seconds of hold")
                .containsEntry("minutes", "Use 1 to 60 minutes")
                .containsEntry("timesPerDay", "Use 1 to 6 times a day")
                .containsEntry("daysPerWeek", "Use 1 to 7 days a week");
        assertThat(Dosage.problems(3, 10, null, null, null, null)).containsEntry("timesPerDay", "Give how many times a day")
                .containsEntry("daysPerWeek", "Give how many days a week");
        assertThat(Dosage.problems(1, 10, null, null, null, null)).containsOnlyKeys("timesPerDay", "daysPerWeek");
    }

    @Test
    void anUnsoundDosageCannotBeMade() {
        assertThatThrownBy(() -> new Dosage(0, 10, null, null, 1, 7)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sets");
    }

    @Test
    void theLibraryNotationParses() {
        assertThat(ExerciseLibrary.dosage("sets=2 reps=10 hold=3 times=1 days=7"))
                .isEqualTo(new Dosage(2, 10, 3, null, 1, 7));
        assertThat(ExerciseLibrary.dosage("minutes=5 sets=1 times=2 days=7"))
                .isEqualTo(new Dosage(1, null, null, 5, 2, 7));
        assertThatThrownBy(() -> ExerciseLibrary.dosage("sets=2 reps=10 often=3 times=1 days=7"))
                .hasMessage("Unknown dosage part \"often=3\"");
        assertThatThrownBy(() -> ExerciseLibrary.dosage("sets=2 times=1 days=7"))
                .hasMessageContaining("Give repetitions, a hold time or minutes");
    }
}
