package org.rhomboid.audit;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One event of the trail as people read it; the source address and detail where the event has them. */
public record AuditEvent(long id, UUID userId, String username, UUID patientId, AuditAction action,
                         String resourceType, String resourceId, Channel channel, AuditOutcome outcome,
                         OffsetDateTime occurredAt, String sourceAddress, String detail) {

    /** The resource type in words for the audit page ("PlanOfCare" → "Plan of care"); exports keep the type. */
    public String resourceLabel() {
        if (resourceType == null || resourceType.isEmpty()) {
            return "";
        }
        String words = resourceType.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
