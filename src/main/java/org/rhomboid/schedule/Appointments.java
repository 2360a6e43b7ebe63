package org.rhomboid.schedule;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The schedule's Java API for other features (today's caseload, notes marking an appointment seen). Reads and
 * writes are audited as the schedule's own, inside the caller's clinic.
 */
@Component
public class Appointments {

    private final ScheduleService schedule;

    Appointments(ScheduleService schedule) {
        this.schedule = schedule;
    }

    public Optional<Appointment> find(UUID appointmentId) {
        return schedule.find(appointmentId);
    }

    /** A therapist's appointments starting in [from, to), by start, cancelled and no-shows included. */
    public List<Appointment> ofTherapistBetween(UUID therapistId, Instant from, Instant to) {
        return schedule.between(from, to, therapistId);
    }

    /**
     * Marks a checked-in (or still booked: the signed note shows the patient came, so it implies the check-in the
     * desk forgot) appointment seen, linked to the signed note; false if it was neither (nothing changed).
     */
    public boolean markSeen(UUID appointmentId, UUID noteId) {
        return schedule.markSeen(appointmentId, noteId);
    }
}
