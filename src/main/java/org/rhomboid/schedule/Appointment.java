package org.rhomboid.schedule;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.rhomboid.schedule.domain.AppointmentStatus;
import org.rhomboid.schedule.domain.AppointmentType;
import org.rhomboid.schedule.domain.CancelledBy;
import org.rhomboid.schedule.domain.Slot;

/** One appointment as stored, with the names the schedule shows. Times are instants (shown in the clinic's zone). */
public record Appointment(UUID id, UUID patientId, String patientName, UUID episodeId, UUID therapistId,
                          String therapistName, UUID seriesId, AppointmentType type, OffsetDateTime start,
                          OffsetDateTime end, AppointmentStatus status, CancelledBy cancelledBy, String reason,
                          UUID noteId) {

    public int minutes() {
        return (int) Duration.between(start, end).toMinutes();
    }

    public Slot slot() {
        return new Slot(id, therapistId, patientId, start.toInstant(), end.toInstant(), status);
    }
}
