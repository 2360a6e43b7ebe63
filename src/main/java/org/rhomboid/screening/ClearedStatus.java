package org.rhomboid.screening;

import org.rhomboid.screening.domain.ClearedConcern;

/** A concern of the latest screening that a clearance settles, with that clearance as recorded. */
public record ClearedStatus(ClearedConcern cleared, ConcernClearance clearance) {
}
