package org.rhomboid.screening;

import org.rhomboid.screening.domain.Concern;

/**
 * An open concern of the latest screening, and the acknowledgement that covers it, if any: "open" until a
 * therapist acknowledges it with a note, then "acknowledged" until its outcome is recorded (see ClearedStatus).
 */
public record ConcernStatus(Concern concern, Acknowledgement acknowledgement) {

    public boolean acknowledged() {
        return acknowledgement != null;
    }

    /** For people: "Open" or "Acknowledged". */
    public String status() {
        return acknowledged() ? "Acknowledged" : "Open";
    }
}
