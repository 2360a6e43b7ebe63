package org.rhomboid.hep.domain;

import org.rhomboid.exercise.domain.Dosage;

/**
 * One exercise as prescribed in a programme version: its dosage for this patient, the therapist's own words to
 * the patient, and — when a caution calls for adapting it — the therapist's note on the adaptation
 * ({@code safetyNote}, for the chart only, never shown to the patient) and the plain-language line the patient
 * reads instead ({@code patientNote}, "Take care: …" on the handout and in the portal). Versions saved before the
 * patient line existed have none.
 */
public record ProgramExercise(String code, String name, Dosage dosage, String instructions, String safetyNote,
                              String patientNote) {

    public PrescribedExercise prescribed() {
        return new PrescribedExercise(code, name, dosage);
    }

    /** What the patient may see: everything but the therapist's chart note. */
    public ProgramExercise forPatient() {
        return new ProgramExercise(code, name, dosage, instructions, null, patientNote);
    }
}
