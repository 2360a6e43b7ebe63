package org.rhomboid.schedule.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Which existing appointments a new one would collide with: the same therapist's appointments that still hold their
 * time (not cancelled, not a no-show) and overlap it. The database's exclusion constraint is the final word (two
 * bookers at the same moment); this lists conflicts before saving, e.g. for a series preview.
 */
public final class Conflicts {

    private Conflicts() {
    }

    public static List<Slot> with(List<Slot> existing, UUID therapistId, Instant start, Instant end, UUID ignoring) {
        return existing.stream()
                .filter(s -> s.therapistId().equals(therapistId))
                .filter(s -> s.status().holdsTime())
                .filter(s -> ignoring == null || !s.id().equals(ignoring))
                .filter(s -> s.overlaps(start, end))
                .sorted(Comparator.comparing(Slot::start))
                .toList();
    }

    public static Optional<Slot> first(List<Slot> existing, UUID therapistId, Instant start, Instant end) {
        return with(existing, therapistId, start, end, null).stream().findFirst();
    }
}
