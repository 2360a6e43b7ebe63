package org.rhomboid.visit.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.rhomboid.shared.domain.DateWords;
import org.rhomboid.shared.domain.Plural;

/**
 * A note signed more than the clinic's number of days after its visit is a late entry: it keeps its visit date and
 * says, on the note, when it was written (LATE-ENTRY: auditors expect late entries to be identified as such).
 */
public final class LateEntry {

    public static final int DEFAULT_DAYS = 3;

    /** How late, when it is a late entry. */
    public record Flag(LocalDate visit, LocalDate signedOn, long days) {
        public String sentence(DateWords words) {
            return "Late entry: written on " + words.day(signedOn) + " for the visit of " + words.day(visit) + " ("
                    + Plural.of(days, "day") + " later).";
        }
    }

    private LateEntry() {
    }

    /**
     * @param afterDays the clinic's policy: a note signed more than this many days after its visit is late
     */
    public static Optional<Flag> of(LocalDate visit, LocalDate signedOn, int afterDays) {
        if (afterDays < 1) {
            throw new IllegalArgumentException("A late entry is counted after at least one day");
        }
        long days = ChronoUnit.DAYS.between(visit, signedOn);
        return days > afterDays ? Optional.of(new Flag(visit, signedOn, days)) : Optional.empty();
    }

    /** Whether a draft for the visit is already late if it is signed today (for the worklist). */
    public static boolean lateIfSignedOn(LocalDate visit, LocalDate today, int afterDays) {
        return of(visit, today, afterDays).isPresent();
    }
}
