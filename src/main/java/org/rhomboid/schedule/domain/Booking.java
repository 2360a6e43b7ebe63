package org.rhomboid.schedule.domain;

import java.time.ZonedDateTime;
import java.util.UUID;

/** One appointment to book, read and checked: start on the clinic's wall clock, length resolved from its type. */
public record Booking(UUID patientId, UUID episodeId, UUID therapistId, AppointmentType type, ZonedDateTime start,
                      int minutes) {

    public ZonedDateTime end() {
        return start.plusMinutes(minutes);
    }
}
