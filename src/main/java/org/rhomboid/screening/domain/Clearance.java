package org.rhomboid.screening.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.rhomboid.shared.domain.DateWords;

/**
 * The recorded outcome of a concern: the condition, the level of concern it cleared (the concern's level at the
 * time), the findings that concern cited, how and when it was resolved, and the report it rests on, described for
 * people ({@code report}, null when none was filed).
 */
public record Clearance(UUID id, Condition condition, Disposition level, List<Finding> findings,
                        ClearanceMethod method, LocalDate resultDate, String report) {


    public Clearance {
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    /**
     * Whether this clearance settles {@code concern}: the same condition, at the same or a lower level of concern,
     * raised by no finding the clearance did not see. Anything more — a higher level, a new red flag — is a new,
     * open concern: the safer reading wins (CLEARANCE).
     */
    public boolean covers(Concern concern) {
        return concern.condition() == condition && concern.level().compareTo(level) <= 0
                && findings.containsAll(concern.findings());
    }

    /** "cleared on Dec 14, 2026 by imaging (MRI thoracic spine)". */
    public String summary(DateWords words) {
        return "cleared on " + words.day(resultDate) + " by " + method.phrase()
                + (report == null || report.isBlank() ? "" : " (" + report + ")");
    }
}
