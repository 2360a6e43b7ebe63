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
    private final ScheduleRepository repository;

    Appointments(ScheduleService schedule, ScheduleRepository repository) {
        this.schedule = schedule;
        this.repository = repository;
    }

    public Optional<Appointment> find(UUID appointmentId) {
        return schedule.find(appointmentId);
    }

    /** A therapist's appointments starting in [from, to), by start, cancelled and no-shows included. */
    public List<Appointment> ofTherapistBetween(UUID therapistId, Instant from, Instant to) {
        return schedule.between(from, to, therapistId);
    }

    /**
     * Appointments starting in [from, to), of one therapist or the whole clinic (null), by start, cancelled and
     * no-shows included. Not audited here: today's caseload audits the patients it shows once, with what it shows
     * beside them.
     */
    public List<Appointment> forCaseload(Instant from, Instant to, UUID therapistId) {
        return repository.between(org.rhomboid.clinic.ClinicScope.require(), from, to, therapistId);
    }

    /**
     * Marks a checked-in (or still booked: the signed note shows the patient came, so it implies the check-in the
     * desk forgot) appointment seen, linked to the signed note; false if it was neither (nothing changed).
     */
    public boolean markSeen(UUID appointmentId, UUID noteId) {
        return schedule.markSeen(appointmentId, noteId);
    }
}
