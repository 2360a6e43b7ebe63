package org.rhomboid.screening;

import java.util.List;
import java.util.Set;
import org.rhomboid.screening.domain.Finding;

/**
 * Everything the chart shows about an episode's screening: the latest result with each open concern's
 * acknowledgement and each cleared concern's clearance, the findings by source (intake, checklist, structured
 * exam), the history of results, and every clearance recorded (newest first).
 */
public record EpisodeScreening(ScreeningRecord latest, List<ConcernStatus> concerns, List<ClearedStatus> cleared,
                               Set<Finding> intakeFindings, Set<Finding> examFindings,
                               Set<Finding> structuredExamFindings, List<ScreeningRecord> history,
                               List<ConcernClearance> clearances) {

    /** Every finding screening used, whatever its source. */
    public Set<Finding> allFindings() {
        Set<Finding> all = new java.util.LinkedHashSet<>(intakeFindings);
        all.addAll(examFindings);
        all.addAll(structuredExamFindings);
        return all;
    }

    public boolean screened() {
        return latest != null;
    }

    public boolean allConcernsAcknowledged() {
        return concerns.stream().allMatch(ConcernStatus::acknowledged);
    }

    /**
     * Whether the initial evaluation may be signed: a screening must exist, and the therapist must have
     * acknowledged every open concern in it (a cleared concern needs nothing more). The evaluation feature calls
     * this before it signs.
     */
    public boolean initialEvaluationSignable() {
        return screened() && allConcernsAcknowledged();
    }
}
