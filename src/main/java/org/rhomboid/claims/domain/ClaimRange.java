package org.rhomboid.claims.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The visit dates a biller claims for, from and to inclusive: both dates given (yyyy-mm-dd), the end not before
 * the start, at most 366 days — a year of visits, leap day included.
 */
public record ClaimRange(LocalDate from, LocalDate to) {

    public static final int MAX_DAYS = 366;

    public ClaimRange {
        if (from == null || to == null || to.isBefore(from) || ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new IllegalArgumentException("A claim range needs from ≤ to, at most " + MAX_DAYS + " days");
        }
    }

    /** What was typed, a message per field that is wrong, and the range when it is right (else null). */
    public record Read(Map<String, String> typed, Map<String, String> errors, ClaimRange range) {
        public boolean valid() {
            return range != null;
        }
    }

    public static Read read(String rawFrom, String rawTo) {
        Map<String, String> typed = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate from = date("from", rawFrom, "the first visit date", typed, errors);
        LocalDate to = date("to", rawTo, "the last visit date", typed, errors);
        if (from != null && to != null) {
            if (to.isBefore(from)) {
                errors.put("to", "The last date can't be before the first");
            } else if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
                errors.put("to", "At most " + MAX_DAYS + " days at a time: choose a last date up to "
                        + from.plusDays(MAX_DAYS - 1));
            }
        }
        return new Read(typed, errors, errors.isEmpty() ? new ClaimRange(from, to) : null);
    }

    private static LocalDate date(String field, String raw, String what, Map<String, String> typed,
                                  Map<String, String> errors) {
        String value = raw == null ? "" : raw.strip();
        typed.put(field, value);
        if (value.isEmpty()) {
            errors.put(field, "Enter " + what);
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException notADate) {
            errors.put(field, "Enter a date as yyyy-mm-dd");
            return null;
        }
    }
}
