package org.rhomboid.schedule.domain;

import java.time.Instant;
import java.util.UUID;

/** An appointment as conflict detection and the rates see it: whose time, when, and where it stands. */
public record Slot(UUID id, UUID therapistId, UUID patientId, Instant start, Instant end, AppointmentStatus status) {

    public Slot {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("An appointment ends after it starts");
        }
    }

    /** Whether the two share any moment (an appointment ending at 10:00 and one starting then do not). */
    public boolean overlaps(Instant otherStart, Instant otherEnd) {
        return start.isBefore(otherEnd) && otherStart.isBefore(end);
    }
}
