package org.rhomboid.schedule.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.rhomboid.shared.domain.FormReader;

/**
 * A booking as typed (the page's form or the API's JSON, both as field → values): patient, optional episode,
 * therapist, type, start — either {@code start} as an ISO date-time with its offset (the API) or {@code date} and
 * {@code time} on the clinic's wall clock (the page) — and optional minutes (the clinic's length for the type when
 * blank). A series adds {@code weekdays} (MON … SUN) and {@code until}. Each problem is kept beside its field.
 */
public final class BookingForm {

    /** How far back a booking may be entered (a visit recorded late) and how far ahead. */
    public static final int DAYS_BACK = 31;
    public static final int YEARS_AHEAD = 2;

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of("MON", DayOfWeek.MONDAY, "TUE", DayOfWeek.TUESDAY,
            "WED", DayOfWeek.WEDNESDAY, "THU", DayOfWeek.THURSDAY, "FRI", DayOfWeek.FRIDAY, "SAT", DayOfWeek.SATURDAY,
            "SUN", DayOfWeek.SUNDAY);

    public record Read(Booking booking, Recurrence recurrence, Map<String, String> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    private BookingForm() {
    }

    /** One appointment. */
    public static Read booking(Map<String, List<String>> fields, ZoneId zone, TypeLengths lengths, LocalDate today) {
        FormReader f = new FormReader(fields);
        Booking booking = read(f, zone, lengths, today);
        return new Read(f.errors().isEmpty() ? booking : null, null, new LinkedHashMap<>(f.errors()));
    }

    /** A series: the booking's start gives the first date and the time; weekdays and until give the rest. */
    public static Read series(Map<String, List<String>> fields, ZoneId zone, TypeLengths lengths, LocalDate today) {
        FormReader f = new FormReader(fields);
        Booking booking = read(f, zone, lengths, today);
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String raw : f.values("weekdays")) {
            for (String one : raw == null ? new String[0] : raw.split(",")) {
                if (one.isBlank()) {
                    continue;
                }
                DayOfWeek day = WEEKDAYS.get(one.strip().toUpperCase(Locale.ROOT));
                if (day == null) {
                    f.error("weekdays", "Choose days of the week, Monday to Sunday");
                } else {
                    days.add(day);
                }
            }
        }
        if (days.isEmpty()) {
            f.error("weekdays", "Choose at least one weekday");
        }
        LocalDate until = null;
        if (f.value("until").isEmpty()) {
            f.error("until", "Enter the last date of the series");
        } else {
            until = f.date("until", today.minusDays(DAYS_BACK), today.plusYears(YEARS_AHEAD),
                    "Enter a date within the next " + YEARS_AHEAD + " years");
        }
        Recurrence recurrence = null;
        if (booking != null && until != null) {
            LocalDate first = booking.start().toLocalDate();
            if (until.isBefore(first)) {
                f.error("until", "The series ends on or after its first date");
            } else if (ChronoUnit.DAYS.between(first, until) > Recurrence.MAX_DAYS) {
                f.error("until", "A series spans at most " + Recurrence.MAX_DAYS + " days; book the rest later");
            } else if (!days.isEmpty() && f.errors().isEmpty()) {
                recurrence = new Recurrence(days, booking.start().toLocalTime(), booking.minutes(), first, until);
                if (recurrence.dates().isEmpty()) {
                    f.error("weekdays", "None of these weekdays falls between the first date and the last");
                    recurrence = null;
                }
            }
        }
        boolean valid = f.errors().isEmpty();
        return new Read(valid ? booking : null, valid ? recurrence : null, new LinkedHashMap<>(f.errors()));
    }

    private static Booking read(FormReader f, ZoneId zone, TypeLengths lengths, LocalDate today) {
        UUID patient = id(f, "patientId", "Choose the patient", true);
        UUID episode = id(f, "episodeId", null, false);
        UUID therapist = id(f, "therapistId", "Choose the therapist", true);
        AppointmentType type = f.choice("type", AppointmentType.class);
        if (type == null && !f.errors().containsKey("type")) {
            f.error("type", "Choose the type of appointment");
        }
        Integer minutes = f.integer("minutes", AppointmentType.MIN_MINUTES, AppointmentType.MAX_MINUTES,
                "the length in minutes, from 5 to 480");
        ZonedDateTime start = start(f, zone);
        if (start != null) {
            LocalDate day = start.toLocalDate();
            if (day.isBefore(today.minusDays(DAYS_BACK)) || day.isAfter(today.plusYears(YEARS_AHEAD))) {
                f.error(f.value("start").isEmpty() ? "date" : "start", "Book from " + DAYS_BACK
                        + " days ago up to " + YEARS_AHEAD + " years ahead");
                start = null;
            }
        }
        if (patient == null || therapist == null || type == null || start == null || !f.errors().isEmpty()) {
            return null;
        }
        return new Booking(patient, episode, therapist, type, start, minutes != null ? minutes : lengths.minutes(type));
    }

    private static ZonedDateTime start(FormReader f, ZoneId zone) {
        String iso = f.value("start");
        if (!iso.isEmpty()) {
            try {
                return OffsetDateTime.parse(iso).atZoneSameInstant(zone);
            } catch (DateTimeParseException notADateTime) {
                f.error("start", "Enter the start as a date and time with its time zone offset, e.g. 2026-12-14T09:00:00-05:00");
                return null;
            }
        }
        if (f.values("date").isEmpty() && f.values("time").isEmpty()) {
            f.error("start", "Enter the start, e.g. 2026-12-14T09:00:00-05:00");
            return null;
        }
        LocalDate date = null;
        try {
            date = f.value("date").isEmpty() ? null : LocalDate.parse(f.value("date"));
        } catch (DateTimeParseException notADate) {
            f.error("date", "Enter a date as yyyy-mm-dd");
        }
        if (date == null && !f.errors().containsKey("date")) {
            f.error("date", "Enter the date of the appointment");
        }
        LocalTime time = null;
        try {
            time = f.value("time").isEmpty() ? null : LocalTime.parse(f.value("time"));
        } catch (DateTimeParseException notATime) {
            f.error("time", "Enter a time as hh:mm");
        }
        if (time == null && !f.errors().containsKey("time")) {
            f.error("time", "Enter the time of the appointment");
        }
        if (date == null || time == null) {
            return null;
        }
        return ZonedDateTime.of(LocalDateTime.of(date, time), zone);
    }

    private static UUID id(FormReader f, String field, String missing, boolean required) {
        String raw = f.value(field);
        if (raw.isEmpty()) {
            if (required) {
                f.error(field, missing);
            }
            return null;
        }
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException notAnId) {
            f.error(field, "Choose from the list (an id)");
            return null;
        }
    }
}
