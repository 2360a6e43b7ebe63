package org.rhomboid.hep.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rhomboid.hep.domain.Hep.START;
import static org.rhomboid.hep.domain.Hep.exercise;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordsTest {

    @Test
    void statusesCreditWholeHalfOrNothing() {
        assertThat(SessionStatus.DONE.credit()).isEqualTo(1.0);
        assertThat(SessionStatus.PARTLY.credit()).isEqualTo(0.5);
        assertThat(SessionStatus.SKIPPED.credit()).isZero();
        assertThat(SessionStatus.PARTLY.label()).isEqualTo("Partly");
        assertThat(Difficulty.TOO_HARD.label()).isEqualTo("Too hard");
    }

    @Test
    void aVersionHoldsEachExerciseOnce() {
        assertThatThrownBy(() -> new ProgramVersion(1, START, List.of(exercise("A", 7), exercise("A", 3))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("A");
    }

    @Test
    void aVersionKeepsItsOwnCopyOfTheExercises() {
        List<PrescribedExercise> exercises = new ArrayList<>(List.of(exercise("A", 7)));
        ProgramVersion version = new ProgramVersion(1, START, exercises);
        exercises.add(exercise("B", 7));

        assertThat(version.exercises()).hasSize(1);
        assertThat(version.exercise("A")).isPresent();
        assertThat(version.exercise("B")).isEmpty();
    }

    @Test
    void painOutsideZeroToTenNeverReachesTheRules() {
        assertThatThrownBy(() -> new DiaryEntry(START, 11, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SessionLog(START, List.of(), -1, 2, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new SessionLog(START, List.of(), null, null, null, null).painBefore()).isNull();
    }
}
