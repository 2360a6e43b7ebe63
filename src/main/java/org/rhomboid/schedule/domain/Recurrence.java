package org.rhomboid.schedule.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A recurring series as asked for: these weekdays, at this wall-clock time, from the first date to the until date
 * (both included, at most {@link #MAX_DAYS} days apart). Its occurrences are computed on the clinic's wall clock, so
 * 9:00 stays 9:00 across a daylight-saving change; a time that does not exist on a spring-forward day (2:30 in New
 * York) moves forward by the gap, as {@link ZonedDateTime#of} does, and an ambiguous one takes the earlier offset.
 */
public record Recurrence(Set<DayOfWeek> weekdays, LocalTime time, int minutes, LocalDate first, LocalDate until) {

    public static final int MAX_DAYS = 366;

    public Recurrence {
        if (weekdays.isEmpty()) {
            throw new IllegalArgumentException("A series needs at least one weekday");
        }
        if (until.isBefore(first)) {
            throw new IllegalArgumentException("A series ends on or after its first date");
        }
        if (ChronoUnit.DAYS.between(first, until) > MAX_DAYS) {
            throw new IllegalArgumentException("A series spans at most " + MAX_DAYS + " days");
        }
        if (minutes < AppointmentType.MIN_MINUTES || minutes > AppointmentType.MAX_MINUTES) {
            throw new IllegalArgumentException("An appointment lasts 5 to 480 minutes");
        }
        weekdays = Set.copyOf(EnumSet.copyOf(weekdays));
    }

    /** The wall-clock dates of the series, in order. */
    public List<LocalDate> dates() {
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(until); d = d.plusDays(1)) {
            if (weekdays.contains(d.getDayOfWeek())) {
                dates.add(d);
            }
        }
        return dates;
    }

    /** The start of each appointment in the clinic's zone, in order. */
    public List<ZonedDateTime> starts(ZoneId zone) {
        return dates().stream().map(d -> ZonedDateTime.of(d, time, zone)).toList();
    }

    /** The weekdays as ISO numbers (1 = Monday), sorted, as V32 stores them. */
    public List<Integer> isoWeekdays() {
        return EnumSet.copyOf(weekdays).stream().map(DayOfWeek::getValue).toList();
    }
}
