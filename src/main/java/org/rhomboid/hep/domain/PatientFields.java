package org.rhomboid.hep.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.rhomboid.shared.domain.DateWords;
import org.rhomboid.shared.domain.FormReader;
import org.rhomboid.shared.domain.Plural;

/**
 * Reading the patient's phone forms (HEP-LOG): plain-language messages, never an exception for what was typed.
 * Numbers are whole numbers as typed; a patient may catch up on the last 7 days but not log ahead.
 */
final class PatientFields {

    static final int COMMENT_LIMIT = 500;
    static final int CATCH_UP_DAYS = 7;
    static final String PAIN_MESSAGE = "Pain is a number from 0 to 10";

    private PatientFields() {
    }

    /** The day logged: the field as typed, or {@code fallback} when it is blank; null (with a message) if unfit. */
    static LocalDate date(FormReader f, String field, LocalDate fallback, LocalDate today, DateWords words) {
        String raw = f.value(field);
        LocalDate date;
        if (raw.isEmpty()) {
            if (fallback == null) {
                f.error(field, "Give the date");
                return null;
            }
            date = fallback;
        } else {
            try {
                date = LocalDate.parse(raw);
            } catch (DateTimeParseException notADate) {
                f.error(field, "Enter the date as year-month-day, for example " + today);
                return null;
            }
        }
        if (date.isAfter(today)) {
            f.error(field, "The date can't be in the future");
            return null;
        }
        LocalDate earliest = today.minusDays(CATCH_UP_DAYS);
        if (date.isBefore(earliest)) {
            f.error(field, "You can log the last " + Plural.of(CATCH_UP_DAYS, "day") + " only, from " + words.day(earliest));
            return null;
        }
        return date;
    }

    /** A whole number in [min, max], or null when blank or unfit (with {@code message}). */
    static Integer whole(FormReader f, String field, int min, int max, String message) {
        String raw = f.value(field);
        if (raw.isEmpty()) {
            return null;
        }
        // Digits only: no signs, decimals or exponents, and short enough that parsing can't overflow.
        if (!raw.matches("\\d{1,4}")) {
            f.error(field, message);
            return null;
        }
        int value = Integer.parseInt(raw);
        if (value < min || value > max) {
            f.error(field, message);
            return null;
        }
        return value;
    }

    static Integer pain(FormReader f, String field, boolean required) {
        if (required && f.value(field).isEmpty()) {
            f.error(field, "Give your pain from 0 (none) to 10 (worst imaginable)");
            return null;
        }
        return whole(f, field, Pain.MIN, Pain.MAX, PAIN_MESSAGE);
    }

    /** An enum constant by name, ignoring case, or null when blank or unknown (with {@code message}). */
    static <E extends Enum<E>> E choice(FormReader f, String field, Class<E> type, boolean required, String message) {
        String raw = f.value(field);
        if (raw.isEmpty()) {
            if (required) {
                f.error(field, message);
            }
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(raw)) {
                return constant;
            }
        }
        f.error(field, message);
        return null;
    }

    /** The comment, trimmed; null when blank. Counted in characters as the patient sees them. */
    static String comment(FormReader f, String field) {
        String text = f.value(field);
        if (text.codePointCount(0, text.length()) > COMMENT_LIMIT) {
            f.error(field, "Keep the comment to " + COMMENT_LIMIT + " characters or fewer");
        }
        return text.isEmpty() ? null : text;
    }
}
