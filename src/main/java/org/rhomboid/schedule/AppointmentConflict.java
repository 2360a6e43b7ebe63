package org.rhomboid.schedule;

import org.rhomboid.shared.ConflictException;

/** The therapist's time is taken: names the appointment that holds it (its id and times, never the patient). */
public class AppointmentConflict extends ConflictException {

    private final transient Appointment conflicting;

    AppointmentConflict(String message, Appointment conflicting) {
        super(message);
        this.conflicting = conflicting;
    }

    public Appointment conflicting() {
        return conflicting;
    }
}
