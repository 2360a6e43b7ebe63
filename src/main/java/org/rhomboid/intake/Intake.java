package org.rhomboid.intake;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.rhomboid.intake.domain.IntakeAnswers;
import org.rhomboid.intake.domain.IntakeForm;
import org.rhomboid.intake.domain.TakenBy;

/**
 * An episode's intake: open for the patient until submitted (then locked), or expired.
 *
 * @param linkIssued whether the patient has a link (a clinician may start the intake without one)
 * @param takenBy    who took the answers for the patient, and how; null when the patient sent them
 */
public record Intake(UUID id, UUID episodeId, UUID patientId, boolean submitted, OffsetDateTime expiresAt,
                     IntakeForm draft, IntakeAnswers answers, OffsetDateTime submittedAt, boolean linkIssued,
                     TakenBy takenBy) {

    public boolean expired() {
        return !submitted && expiresAt.isBefore(OffsetDateTime.now());
    }

    public boolean open() {
        return !submitted && !expired();
    }

    /** Waiting for the patient: a link is out and still works. */
    public boolean awaitingPatient() {
        return linkIssued && open();
    }
}
