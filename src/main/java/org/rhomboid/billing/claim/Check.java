package org.rhomboid.billing.claim;

import java.util.regex.Pattern;
import org.rhomboid.shared.domain.PlainText;

/** Input checks shared by the claim records; each failure names the field a biller would have to fix. */
final class Check {

    // X12 delimiters (element, component, segment, repetition) would split a value into pieces
    private static final Pattern DELIMITERS = Pattern.compile("[*:~^]");

    private Check() {
    }

    static String text(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        String trimmed = value.strip();
        if (!printable(trimmed)) {
            // A line break would end the segment for many readers; NUL and the like garble the file. Not quoted back.
            throw new IllegalArgumentException(field
                    + " must not contain line breaks, tabs or other control characters, nor half of a surrogate pair");
        }
        if (trimmed.length() > maxLength) {
            throw new IllegalArgumentException(field + " must be at most " + maxLength + " characters: " + trimmed);
        }
        if (DELIMITERS.matcher(trimmed).find()) {
            throw new IllegalArgumentException(field + " must not contain * : ~ or ^: " + trimmed);
        }
        return trimmed;
    }

    /** No control character (tab and line breaks included: X12 has none inside a value) and valid Unicode. */
    static boolean printable(String value) {
        return value.chars().noneMatch(c -> Character.isISOControl(c)) && PlainText.problem(value) == null;
    }

    static String optionalText(String value, String field, int maxLength) {
        return value == null || value.isBlank() ? null : text(value, field, maxLength);
    }

    static String matches(String value, String field, String regex, String expected) {
        String trimmed = text(value, field, 80);
        if (!trimmed.matches(regex)) {
            throw new IllegalArgumentException(field + " must be " + expected + ": " + trimmed);
        }
        return trimmed;
    }

    static <T> T present(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    /** A birth date on the claim: present and not in the future (a day's slack either way changes nothing). */
    static java.time.LocalDate birthDate(java.time.LocalDate value, String field) {
        present(value, field);
        if (value.isAfter(java.time.LocalDate.now())) {
            throw new IllegalArgumentException(field + " is in the future: " + value);
        }
        return value;
    }
}
