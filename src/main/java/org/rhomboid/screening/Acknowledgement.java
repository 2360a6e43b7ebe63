package org.rhomboid.screening;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.rhomboid.screening.domain.Condition;
import org.rhomboid.screening.domain.Disposition;

/** A therapist has read a concern and recorded what they did about it. */
public record Acknowledgement(UUID id, UUID screeningId, Condition condition, Disposition level, String note,
                              String acknowledgedBy, OffsetDateTime acknowledgedAt) {
}
