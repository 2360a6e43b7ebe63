package org.rhomboid.hep;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.rhomboid.hep.domain.ProgramExercise;
import org.rhomboid.hep.domain.ProgramVersion;

/** One version of a patient's home exercise programme, as prescribed and never changed afterwards. */
public record Program(UUID id, UUID episodeId, int version, LocalDate effectiveFrom, String message,
                      List<ProgramExercise> exercises, String createdByName, OffsetDateTime createdAt) {

    public Program {
        exercises = List.copyOf(exercises);
    }

    /** The version as the patient may read it (handout, portal): without the therapist's chart notes. */
    public Program forPatient() {
        return new Program(id, episodeId, version, effectiveFrom, message,
                exercises.stream().map(ProgramExercise::forPatient).toList(), createdByName, createdAt);
    }

    public ProgramVersion asVersion() {
        return new ProgramVersion(version, effectiveFrom, exercises.stream().map(ProgramExercise::prescribed).toList());
    }

    /** The HEP line of a daily note: which version, since when, and every exercise with its dosage. */
    public String noteLine(org.rhomboid.shared.domain.DateWords words) {
        return "Home exercise programme v" + version + " (since " + words.day(effectiveFrom) + "): "
                + summary();
    }

    /** "Cat-cow 2 sets of 10 …; Rows …": the programme in one line, for notes. */
    public String summary() {
        return String.join("; ", exercises.stream().map(e -> e.name() + " " + e.dosage().describe()).toList());
    }
}
