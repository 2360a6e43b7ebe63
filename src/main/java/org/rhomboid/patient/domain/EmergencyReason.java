package org.rhomboid.patient.domain;

import java.util.Optional;

/**
 * Breaking the glass needs a reason someone can review later (EMERGENCY-ACCESS): at least 10 characters, at most
 * 500, no control characters.
 */
public final class EmergencyReason {

    public static final int MIN = 10;
    public static final int MAX = 500;

    private EmergencyReason() {
    }

    /** The problem with the reason, if any. */
    public static Optional<String> problem(String reason) {
        String text = reason == null ? "" : reason.strip();
        if (text.length() < MIN) {
            return Optional.of("Say why you need this record now (at least " + MIN + " characters)");
        }
        if (text.length() > MAX) {
            return Optional.of("Use at most " + MAX + " characters");
        }
        if (text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t')) {
            return Optional.of("Use plain text");
        }
        return Optional.empty();
    }
}
