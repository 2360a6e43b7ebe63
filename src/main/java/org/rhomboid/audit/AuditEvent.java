package org.rhomboid.audit;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One event of the trail as people read it; the source address and detail where the event has them. */
public record AuditEvent(long id, UUID userId, String username, UUID patientId, AuditAction action,
                         String resourceType, String resourceId, Channel channel, AuditOutcome outcome,
                         OffsetDateTime occurredAt, String sourceAddress, String detail) {
}
