package org.rhomboid.visit.domain;

/** How much of the home exercise programme the patient reports doing since the last visit. */
public enum HepAdherence {
    ALL("All of it"), MOST("Most of it"), SOME("Some of it"), NONE("None of it"),
    NOT_PRESCRIBED("No home programme prescribed yet");

    private final String label;

    HepAdherence(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The answer the patient's own portal logs suggest (the therapist can change it): all from 90 %, most from
     * 60 %, some above 0. Null when there is nothing to go on (source HEP-ADHERENCE; the bands are a design
     * choice, not a published scale).
     */
    public static HepAdherence fromPortal(boolean programInForce, int daysLogged, Integer percent) {
        if (!programInForce) {
            return NOT_PRESCRIBED;
        }
        if (daysLogged == 0 || percent == null) {
            return null;
        }
        return percent >= 90 ? ALL : percent >= 60 ? MOST : percent > 0 ? SOME : NONE;
    }
}
