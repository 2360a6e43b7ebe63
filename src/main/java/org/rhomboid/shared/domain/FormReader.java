package org.rhomboid.shared.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a form as typed (field name → values) one field at a time, noting a message for each field that isn't
 * what it asks for. Blank means "not given"; the caller decides whether that is allowed.
 */
public final class FormReader {

    private final Map<String, List<String>> fields;
    private final Map<String, String> errors = new LinkedHashMap<>();

    public FormReader(Map<String, List<String>> fields) {
        this.fields = fields;
    }

    public Map<String, String> errors() {
        return errors;
    }

    public void error(String field, String message) {
        errors.putIfAbsent(field, message);
    }

    /** The first value, trimmed; empty when absent. */
    public String value(String field) {
        List<String> values = fields.getOrDefault(field, List.of());
        return values.isEmpty() || values.get(0) == null ? "" : values.get(0).strip();
    }

    public List<String> values(String field) {
        return fields.getOrDefault(field, List.of());
    }

    public boolean ticked(String field) {
        return !value(field).isEmpty();
    }

    public String text(String field, int limit) {
        String text = value(field);
        if (text.length() > limit) {
            error(field, "Use at most " + limit + " characters");
        }
        return text;
    }

    public <E extends Enum<E>> E choice(String field, Class<E> type) {
        return choice(field, value(field), type);
    }

    public <E extends Enum<E>> E choice(String field, String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.strip());
        } catch (IllegalArgumentException unknown) {
            error(field, "Choose one of the options");
            return null;
        }
    }

    public Double number(String field, double min, double max, String expected) {
        String raw = value(field).replace(',', '.');
        if (raw.isEmpty()) {
            return null;
        }
        // Plain decimals only: Java would also read "5d", "1e1" or hex floats.
        if (!raw.matches("[-+]?\\d{1,9}(\\.\\d{1,6})?")) {
            error(field, "Enter " + expected);
            return null;
        }
        try {
            double v = Double.parseDouble(raw);
            if (Double.isFinite(v) && v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        error(field, "Enter " + expected);
        return null;
    }

    public Integer integer(String field, int min, int max, String expected) {
        Double v = number(field, min, max, expected);
        if (v == null) {
            return null;
        }
        if (v != Math.rint(v)) {
            error(field, "Enter " + expected + " (a whole number)");
            return null;
        }
        return v.intValue();
    }

    /** A date from an HTML date input (yyyy-mm-dd), within [min, max]. */
    public LocalDate date(String field, LocalDate min, LocalDate max, String rangeMessage) {
        String raw = value(field);
        if (raw.isEmpty()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(raw);
            if (date.isBefore(min) || date.isAfter(max)) {
                error(field, rangeMessage);
                return null;
            }
            return date;
        } catch (DateTimeParseException notADate) {
            error(field, "Enter a date as yyyy-mm-dd");
            return null;
        }
    }
}
