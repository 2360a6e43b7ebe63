package org.rhomboid.hep.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One home-exercise session as the patient logged it. Pain before and after (NPRS 0–10) may be missing when every
 * exercise was skipped.
 */
public record SessionLog(LocalDate date, List<ExerciseDone> exercises, Integer painBefore, Integer painAfter,
                         Difficulty difficulty, String comment) {

    public SessionLog {
        Objects.requireNonNull(date, "date");
        exercises = List.copyOf(exercises);
        Pain.check(painBefore);
        Pain.check(painAfter);
    }
}
