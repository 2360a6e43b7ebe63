package org.rhomboid.hep.domain;

import java.util.Objects;
import org.rhomboid.exercise.domain.Dosage;

/** One exercise of a home programme: its library code, the name the patient sees, and how much and how often. */
public record PrescribedExercise(String code, String name, Dosage dosage) {

    public PrescribedExercise {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dosage, "dosage");
    }
}
