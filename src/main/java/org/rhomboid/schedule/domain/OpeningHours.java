package org.rhomboid.schedule.domain;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * When the clinic is open, per ISO weekday, on the clinic's own wall clock (its time zone). A weekday without hours
 * is closed. The schedule shades these hours; booking outside them is allowed (a late visit happens) but warned of.
 */
public final class OpeningHours {

    public record Hours(LocalTime opens, LocalTime closes) {
        public Hours {
            if (!closes.isAfter(opens)) {
                throw new IllegalArgumentException("A clinic closes after it opens");
            }
        }

        public boolean covers(LocalTime from, LocalTime to) {
            return !from.isBefore(opens) && !to.isAfter(closes) && !to.isBefore(from);
        }
    }

    public static final OpeningHours CLOSED = new OpeningHours(Map.of());

    private final Map<DayOfWeek, Hours> days;

    public OpeningHours(Map<DayOfWeek, Hours> days) {
        this.days = days.isEmpty() ? Map.of() : new EnumMap<>(days);
    }

    public Optional<Hours> on(DayOfWeek day) {
        return Optional.ofNullable(days.get(day));
    }

    public Map<DayOfWeek, Hours> days() {
        return Map.copyOf(days);
    }

    public boolean isEmpty() {
        return days.isEmpty();
    }

    /** Whether an appointment from {@code start} for {@code minutes} lies wholly inside the day's opening hours. */
    public boolean open(LocalDateTime start, int minutes) {
        LocalDateTime end = start.plusMinutes(minutes);
        if (!end.toLocalDate().equals(start.toLocalDate()) && !end.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return false;
        }
        return on(start.getDayOfWeek()).map(h -> h.covers(start.toLocalTime(), end.toLocalTime())).orElse(false);
    }

    /** The earliest opening and latest closing of the week (the rows a week view draws), or 8:00–18:00 when closed. */
    public Hours span() {
        LocalTime first = days.values().stream().map(Hours::opens).min(LocalTime::compareTo).orElse(LocalTime.of(8, 0));
        LocalTime last = days.values().stream().map(Hours::closes).max(LocalTime::compareTo).orElse(LocalTime.of(18, 0));
        return new Hours(first, last);
    }
}
