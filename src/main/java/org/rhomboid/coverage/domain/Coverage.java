package org.rhomboid.coverage.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One of a patient's insurance coverages: the payer (from the clinic's directory), the member and group numbers, who
 * holds the policy, where it ranks (primary, secondary, tertiary) and the days it is in force — from its first day
 * to its last (open-ended while {@code lastDay} is null).
 *
 * @param subscriber the policy holder; null when the patient is the subscriber ({@link Relationship#SELF})
 */
public record Coverage(UUID id, UUID patientId, UUID payerId, String payerName, Rank rank, String memberId,
                       String groupNumber, Relationship relationship, Subscriber subscriber, LocalDate firstDay,
                       LocalDate lastDay) {

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(firstDay) && (lastDay == null || !day.isAfter(lastDay));
    }

    /** Whether the two are in force on at least one common day. */
    public boolean overlaps(Coverage other) {
        LocalDate end = lastDay == null ? LocalDate.MAX : lastDay;
        LocalDate otherEnd = other.lastDay == null ? LocalDate.MAX : other.lastDay;
        return !firstDay.isAfter(otherEnd) && !other.firstDay.isAfter(end);
    }

    public boolean patientIsSubscriber() {
        return relationship == Relationship.SELF;
    }
}
