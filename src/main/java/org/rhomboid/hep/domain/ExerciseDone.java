package org.rhomboid.hep.domain;

import java.util.Objects;

/** What the patient reports for one exercise in a session; sets and reps are optional detail. */
public record ExerciseDone(String code, SessionStatus status, Integer sets, Integer reps) {

    public ExerciseDone {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(status, "status");
    }
}
