package org.rhomboid.outcome;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.rhomboid.outcome.domain.OutcomeInstrument;

/** Measures a patient was asked to complete by link, and whether they have. */
public record OutcomeRequest(UUID id, UUID episodeId, UUID patientId, List<OutcomeInstrument> instruments,
                             List<String> psfsActivities, Status status, OffsetDateTime requestedAt,
                             OffsetDateTime expiresAt, OffsetDateTime completedAt) {

    public enum Status { OPEN, COMPLETED, WITHDRAWN }

    /** Whether the link can still be answered. */
    public boolean open() {
        return status == Status.OPEN && expiresAt.isAfter(OffsetDateTime.now());
    }
}
