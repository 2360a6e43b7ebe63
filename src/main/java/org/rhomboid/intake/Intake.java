package org.rhomboid.intake;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.rhomboid.intake.domain.IntakeAnswers;
import org.rhomboid.intake.domain.IntakeForm;

/** An episode's intake: open for the patient until submitted (then locked), or expired. */
public record Intake(UUID id, UUID episodeId, UUID patientId, boolean submitted, OffsetDateTime expiresAt,
                     IntakeForm draft, IntakeAnswers answers, OffsetDateTime submittedAt) {

    public boolean expired() {
        return !submitted && expiresAt.isBefore(OffsetDateTime.now());
    }

    public boolean open() {
        return !submitted && !expired();
    }
}
