package org.rhomboid.episode.domain;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.rhomboid.shared.domain.DateWords;

/**
 * A corrected start of care (VISIT-DATES): therapists document late and date visits to the day they happened, so an
 * episode opened in Rhomboid after the patient was first seen starts on that first day. The start can't be in the
 * future, before the symptoms began, or after a visit already documented; the reason is kept with the change.
 */
public final class StartOfCare {

    public static final int REASON_LIMIT = 500;

    private StartOfCare() {
    }

    /**
     * @param firstDocumented the earliest documented visit of the episode (evaluation or note), or null
     * @return the problems by field ("startedOn", "reason"); empty when the change may be made
     */
    public static Map<String, String> check(LocalDate current, LocalDate wanted, String reason, LocalDate onset,
                                            LocalDate firstDocumented, LocalDate today, DateWords words) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (wanted == null) {
            errors.put("startedOn", "Give the date care started");
        } else if (wanted.isAfter(today)) {
            errors.put("startedOn", "The start of care can’t be in the future");
        } else if (onset != null && wanted.isBefore(onset)) {
            errors.put("startedOn", "The start of care can’t be before the onset (" + words.day(onset) + ")");
        } else if (firstDocumented != null && wanted.isAfter(firstDocumented)) {
            errors.put("startedOn", "A visit is already documented on " + words.day(firstDocumented)
                    + ": the start of care can’t be after it");
        } else if (wanted.equals(current)) {
            errors.put("startedOn", "That is already the start of care");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            errors.put("reason", "Say why the start of care changes (for example, the first visit was on paper)");
        } else if (why.length() > REASON_LIMIT) {
            errors.put("reason", "Use at most " + REASON_LIMIT + " characters");
        }
        return errors;
    }
}
