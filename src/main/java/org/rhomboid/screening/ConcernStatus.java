package org.rhomboid.screening;

import org.rhomboid.screening.domain.Concern;

/** A concern of the latest screening, and the acknowledgement that covers it, if any. */
public record ConcernStatus(Concern concern, Acknowledgement acknowledgement) {

    public boolean acknowledged() {
        return acknowledgement != null;
    }
}
