package org.rhomboid.audit;

import java.time.OffsetDateTime;
import java.util.UUID;

public record AuditEvent(long id, UUID userId, String username, UUID patientId, AuditAction action,
                         String resourceType, String resourceId, Channel channel, AuditOutcome outcome,
                         OffsetDateTime occurredAt) {
}
