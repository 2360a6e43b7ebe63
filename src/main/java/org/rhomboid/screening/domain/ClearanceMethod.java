package org.rhomboid.screening.domain;

/** How a red-flag concern was resolved (CLEARANCE in docs/clinical-sources.md). */
public enum ClearanceMethod {
    IMAGING("Imaging result", "imaging"),
    PHYSICIAN_CLEARANCE("Physician clearance", "physician clearance"),
    RESCREEN("Re-screen by the therapist", "re-screen");

    private final String label;
    private final String phrase;

    ClearanceMethod(String label, String phrase) {
        this.label = label;
        this.phrase = phrase;
    }

    public String label() {
        return label;
    }

    /** As it reads in a sentence: "cleared on Dec 14, 2026 by imaging". */
    public String phrase() {
        return phrase;
    }

    /**
     * Whether this method may end a concern at this level. The therapist's own re-screen can settle a concern
     * that asked for monitoring or a routine review; an urgent or emergency concern is excluded only by the
     * medical assessment or imaging it asked for.
     */
    public boolean mayClear(Disposition level) {
        return this != RESCREEN || level.compareTo(Disposition.URGENT_REFERRAL) < 0;
    }
}
