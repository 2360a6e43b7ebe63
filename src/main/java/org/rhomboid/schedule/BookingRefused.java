package org.rhomboid.schedule;

import java.util.Map;

/** A booking form with problems, each beside its field (400 with {@code errors[].field} on the API). */
public class BookingRefused extends RuntimeException {

    private final transient Map<String, String> errors;

    BookingRefused(Map<String, String> errors) {
        super("Some fields need attention");
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }
}
