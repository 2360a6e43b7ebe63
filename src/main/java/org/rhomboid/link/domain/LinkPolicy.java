package org.rhomboid.link.domain;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * How long a clinic's patient links last. The intake and measures links work for a number of days from when they are
 * sent (and once); the exercise portal until a grace period after the programme's end — the plan of care's last day,
 * so a patient who is still doing their exercises when the plan runs out can keep logging until the clinic
 * recertifies or discharges. Whatever these say, a link also ends with the episode ({@link LinkLife}).
 *
 * @param intakeDays      days an intake link works after it is sent
 * @param measuresDays    days a measures link works after it is sent
 * @param portalGraceDays days the portal stays open after the plan of care's last day
 */
public record LinkPolicy(int intakeDays, int measuresDays, int portalGraceDays) {

    public static final int MIN_DAYS = 1;
    public static final int MAX_DAYS = 30;
    public static final int MAX_GRACE_DAYS = 90;

    /** A week to answer, as before settings existed; a month's grace after the plan (a visit or two late). */
    public static final LinkPolicy DEFAULTS = new LinkPolicy(7, 7, 30);

    public LinkPolicy {
        if (intakeDays < MIN_DAYS || intakeDays > MAX_DAYS || measuresDays < MIN_DAYS || measuresDays > MAX_DAYS) {
            throw new IllegalArgumentException("Intake and measures links last from " + MIN_DAYS + " to " + MAX_DAYS
                    + " days");
        }
        if (portalGraceDays < 0 || portalGraceDays > MAX_GRACE_DAYS) {
            throw new IllegalArgumentException("The portal's grace period is 0 to " + MAX_GRACE_DAYS + " days");
        }
    }

    public OffsetDateTime intakeExpiry(OffsetDateTime sentAt) {
        return sentAt.plus(Duration.ofDays(intakeDays));
    }

    public OffsetDateTime measuresExpiry(OffsetDateTime sentAt) {
        return sentAt.plus(Duration.ofDays(measuresDays));
    }

    /**
     * The portal link's last day: the grace period after the plan of care's last day. Counted from the day the link
     * was given when that is later (no plan yet, or a link given once the plan had run out): the clinic chose to
     * give it then, and the patient gets the same grace period.
     *
     * @param planEnd the plan of care's last day as recertified, or null when there is no plan of care yet
     */
    public LocalDate portalLastDay(LocalDate planEnd, LocalDate givenOn) {
        LocalDate from = planEnd == null || planEnd.isBefore(givenOn) ? givenOn : planEnd;
        return from.plusDays(portalGraceDays);
    }
}
