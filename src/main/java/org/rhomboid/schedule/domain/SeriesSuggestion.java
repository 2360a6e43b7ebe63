package org.rhomboid.schedule.domain;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.Set;

/**
 * The series the plan of care implies: its visits per week spread over the week with rest days between (2×/week →
 * Monday and Thursday, 3× → Monday, Wednesday, Friday), from the first such weekday on or after the start, for the
 * plan's number of weeks (capped at {@link Recurrence#MAX_DAYS}).
 */
public record SeriesSuggestion(Set<DayOfWeek> weekdays, LocalDate first, LocalDate until) {

    public static Set<DayOfWeek> spread(int perWeek) {
        return switch (perWeek) {
            case 1 -> EnumSet.of(MONDAY);
            case 2 -> EnumSet.of(MONDAY, THURSDAY);
            case 3 -> EnumSet.of(MONDAY, WEDNESDAY, FRIDAY);
            case 4 -> EnumSet.of(MONDAY, TUESDAY, THURSDAY, FRIDAY);
            case 5 -> EnumSet.range(MONDAY, FRIDAY);
            case 6 -> EnumSet.range(MONDAY, SATURDAY);
            case 7 -> EnumSet.range(MONDAY, SUNDAY);
            default -> throw new IllegalArgumentException("A plan has 1 to 7 visits per week");
        };
    }

    /** From the plan's frequency and duration, starting on {@code from} (e.g. tomorrow, or the plan's start). */
    public static SeriesSuggestion fromPlan(int frequencyPerWeek, int durationWeeks, LocalDate from) {
        if (durationWeeks < 1) {
            throw new IllegalArgumentException("A plan lasts at least a week");
        }
        Set<DayOfWeek> days = spread(frequencyPerWeek);
        LocalDate first = days.stream().map(d -> from.with(TemporalAdjusters.nextOrSame(d)))
                .min(LocalDate::compareTo).orElseThrow();
        LocalDate until = first.plusWeeks(durationWeeks).minusDays(1);
        if (until.isAfter(first.plusDays(Recurrence.MAX_DAYS))) {
            until = first.plusDays(Recurrence.MAX_DAYS);
        }
        return new SeriesSuggestion(days, first, until);
    }
}
