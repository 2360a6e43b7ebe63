package org.rhomboid.audit;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What the clinic administrator narrows the audit trail to; every part is optional. Dates are kept within years
 * PostgreSQL's timestamps hold and the trail can have ("+20000-01-01" parses as a date): a bound before 1900 is no
 * bound, one after 2999 is 2999's last day — what the search finds is the same.
 */
public record AuditFilter(String username, UUID patientId, AuditAction action, AuditOutcome outcome,
                          LocalDate from, LocalDate to) {

    private static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2999, 12, 31);

    public AuditFilter {
        from = from == null || from.isBefore(FIRST) ? null : from.isAfter(LAST) ? LAST : from;
        to = to == null || to.isAfter(LAST) ? null : to.isBefore(FIRST) ? FIRST : to;
    }
}
