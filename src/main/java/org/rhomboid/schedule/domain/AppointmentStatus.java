package org.rhomboid.schedule.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an appointment stands: BOOKED → CHECKED_IN → SEEN; BOOKED or CHECKED_IN → CANCELLED or NO_SHOW; a mistaken
 * CANCELLED or NO_SHOW is reopened back to BOOKED (with a reason, if the therapist's time is still free). Nothing
 * leaves SEEN. Cancelled and no-show appointments no longer hold the therapist's time.
 */
public enum AppointmentStatus {
    BOOKED("Booked"), CHECKED_IN("Checked in"), SEEN("Seen"), CANCELLED("Cancelled"), NO_SHOW("No-show");

    private final String label;

    AppointmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The statuses this one may change to. */
    public Set<AppointmentStatus> next() {
        return switch (this) {
            case BOOKED -> EnumSet.of(CHECKED_IN, CANCELLED, NO_SHOW);
            case CHECKED_IN -> EnumSet.of(SEEN, CANCELLED, NO_SHOW);
            case CANCELLED, NO_SHOW -> EnumSet.of(BOOKED);
            case SEEN -> EnumSet.noneOf(AppointmentStatus.class);
        };
    }

    public boolean mayBecome(AppointmentStatus target) {
        return next().contains(target);
    }

    /** Whether a change to {@code target} undoes a cancellation or a no-show (reopening the appointment). */
    public boolean reopenedBy(AppointmentStatus target) {
        return (this == CANCELLED || this == NO_SHOW) && target == BOOKED;
    }

    /** Whether the appointment still holds the therapist's time (V32's exclusion constraint counts the same ones). */
    public boolean holdsTime() {
        return this != CANCELLED && this != NO_SHOW;
    }

    /** Whether the appointment may still be moved to another time. */
    public boolean open() {
        return this == BOOKED || this == CHECKED_IN;
    }
}
