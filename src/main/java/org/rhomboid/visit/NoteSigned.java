package org.rhomboid.visit;

import java.time.LocalDate;
import java.util.UUID;
import org.rhomboid.visit.domain.NoteKind;

/**
 * A visit note was just signed (published inside the signing transaction, for every kind, the evaluation's visit
 * record included): the schedule marks the patient's appointment of that day seen. Visits know nothing of the
 * schedule; it listens.
 */
public record NoteSigned(UUID noteId, UUID episodeId, UUID patientId, NoteKind kind, LocalDate visitDate,
                         UUID authorId) {
}
