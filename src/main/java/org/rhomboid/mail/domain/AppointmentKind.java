package org.rhomboid.mail.domain;

import java.util.Locale;

/** The appointment types of V32 in the words a therapist's calendar shows them. */
public final class AppointmentKind {

    private AppointmentKind() {
    }

    public static String label(String type) {
        if (type == null) {
            return "Appointment";
        }
        return switch (type) {
            case "INITIAL_EVALUATION" -> "Initial evaluation";
            case "TREATMENT" -> "Treatment";
            case "RE_EVALUATION" -> "Re-evaluation";
            case "DISCHARGE" -> "Discharge visit";
            default -> "Appointment";
        };
    }

    /** What a therapist's feed calls an appointment: the patient's initials and its type ("Q. S. · Treatment"). */
    public static String feedSummary(String initials, String type) {
        return initials + " · " + label(type == null ? null : type.toUpperCase(Locale.ROOT));
    }
}
