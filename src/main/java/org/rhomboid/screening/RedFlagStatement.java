package org.rhomboid.screening;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What every clinical document states about safety (one read model for the evaluation, notes, letters and the
 * referral): the red-flag concerns of the screening in force at {@code asOf}, each with where it stands (open,
 * referred, monitored, cleared), and the precautions in force. {@code screenedAt} is null when the episode had
 * not been screened by then.
 */
public record RedFlagStatement(OffsetDateTime asOf, OffsetDateTime screenedAt, String disposition,
                               List<ConcernLine> concerns, List<PrecautionLine> precautions) {

    /** One concern: "Vertebral fracture", "Urgent referral", "Referred", and what was done or found. */
    public record ConcernLine(String condition, String level, String status, String detail) {
    }

    /** One precaution: "No thrust manipulation", "Osteoporosis (fragile bone); suspected vertebral fracture". */
    public record PrecautionLine(String precaution, String reason) {
    }

    public RedFlagStatement {
        concerns = List.copyOf(concerns);
        precautions = List.copyOf(precautions);
    }

    public boolean screened() {
        return screenedAt != null;
    }
}
