package org.rhomboid.hep.domain;

import org.rhomboid.exercise.domain.Dosage;

/**
 * One exercise as prescribed in a programme version: its dosage for this patient, the therapist's own words to
 * the patient, and — when the exercise is under caution for this patient — the therapist's acknowledged note.
 */
public record ProgramExercise(String code, String name, Dosage dosage, String instructions, String safetyNote) {

    public PrescribedExercise prescribed() {
        return new PrescribedExercise(code, name, dosage);
    }
}
