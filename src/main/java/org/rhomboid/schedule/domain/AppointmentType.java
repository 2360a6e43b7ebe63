package org.rhomboid.schedule.domain;

/**
 * The kinds of appointment, each with a built-in default length in minutes that a clinic may override
 * ({@link TypeLengths}).
 */
public enum AppointmentType {
    INITIAL_EVALUATION("Initial evaluation", 60),
    TREATMENT("Treatment", 45),
    RE_EVALUATION("Re-evaluation", 45),
    DISCHARGE("Discharge", 45),
    OTHER("Other", 30);

    /** The shortest and longest appointment the schedule keeps (V32 checks the same). */
    public static final int MIN_MINUTES = 5;
    public static final int MAX_MINUTES = 480;

    private final String label;
    private final int defaultMinutes;

    AppointmentType(String label, int defaultMinutes) {
        this.label = label;
        this.defaultMinutes = defaultMinutes;
    }

    public String label() {
        return label;
    }

    public int defaultMinutes() {
        return defaultMinutes;
    }
}
