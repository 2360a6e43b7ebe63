package org.rhomboid.hep.domain;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A program version in force from {@code from} (inclusive) until the next version's {@code from}. The therapist
 * changes a programme by adding a version, never by editing one, so past adherence keeps its meaning. When two
 * versions start the same day, the higher version number is in force. An empty list means the programme is paused.
 */
public record ProgramVersion(int version, LocalDate from, List<PrescribedExercise> exercises) {

    public ProgramVersion {
        Objects.requireNonNull(from, "from");
        exercises = List.copyOf(exercises);
        Set<String> codes = new HashSet<>();
        for (PrescribedExercise exercise : exercises) {
            // One dosage per exercise and version, or adherence could not say what was prescribed.
            if (!codes.add(exercise.code())) {
                throw new IllegalArgumentException("Exercise " + exercise.code() + " appears twice in version "
                        + version);
            }
        }
    }

    public Optional<PrescribedExercise> exercise(String code) {
        return exercises.stream().filter(e -> e.code().equals(code)).findFirst();
    }
}
