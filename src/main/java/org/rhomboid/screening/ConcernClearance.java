package org.rhomboid.screening;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.rhomboid.screening.domain.Clearance;
import org.rhomboid.screening.domain.ClearanceMethod;
import org.rhomboid.screening.domain.Condition;
import org.rhomboid.screening.domain.Disposition;
import org.rhomboid.screening.domain.Finding;

/**
 * A recorded outcome of a concern, as people read it: how and when it was resolved, what the result showed, the
 * report it rests on (a document filed to the chart, or none), who recorded it and when.
 */
public record ConcernClearance(UUID id, UUID screeningId, Condition condition, Disposition level,
                               List<Finding> findings, ClearanceMethod method, LocalDate resultDate, String note,
                               UUID documentId, String report, String clearedBy, OffsetDateTime clearedAt) {

    /** The rule's view of it, which the screen weighs. */
    public Clearance rule() {
        return new Clearance(id, condition, level, findings, method, resultDate, report);
    }
}
