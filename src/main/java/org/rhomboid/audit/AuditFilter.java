package org.rhomboid.audit;

import java.time.LocalDate;
import java.util.UUID;

/** What the clinic administrator narrows the audit trail to; every part is optional. */
public record AuditFilter(String username, UUID patientId, AuditAction action, AuditOutcome outcome,
                          LocalDate from, LocalDate to) {
}
