package org.rhomboid.schedule.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Which of a patient's appointments on the day of a signed visit note the note shows was kept: one still booked or
 * checked in, of the note's episode (or of none), preferring the note's author's, then a checked-in one, then the
 * earliest. A visit without an appointment is allowed: then there is none to mark, and the note stands alone.
 */
public final class SeenByNote {

    /** What the choice needs of an appointment. */
    public record Candidate(UUID id, UUID therapistId, UUID episodeId, AppointmentStatus status, java.time.Instant start) {}

    private SeenByNote() {
    }

    public static Optional<UUID> pick(List<Candidate> sameDay, UUID episodeId, UUID authorId) {
        return sameDay.stream()
                .filter(c -> c.status() == AppointmentStatus.BOOKED || c.status() == AppointmentStatus.CHECKED_IN)
                .filter(c -> c.episodeId() == null || c.episodeId().equals(episodeId))
                .min(Comparator.comparing((Candidate c) -> !c.therapistId().equals(authorId))
                        .thenComparing(c -> c.status() != AppointmentStatus.CHECKED_IN)
                        .thenComparing(Candidate::start))
                .map(Candidate::id);
    }
}
