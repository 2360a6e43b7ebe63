package org.rhomboid.dashboard;

import java.time.LocalDate;
import java.util.UUID;
import org.rhomboid.reasoning.domain.Classification;

/**
 * Which episodes the dashboard counts: onset between two dates, optionally one therapist's, optionally those with
 * one classification among those the therapist chose at the initial evaluation.
 */
public record OutcomeFilter(LocalDate from, LocalDate to, UUID therapistId, Classification classification) {

    public static OutcomeFilter lastYear(LocalDate today) {
        return new OutcomeFilter(today.minusYears(1), today, null, null);
    }
}
