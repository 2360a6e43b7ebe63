package org.rhomboid.screening.domain;

/**
 * What to do before anyone treats, least to most urgent; the most urgent level among the concerns wins.
 * The ladder follows IFOMPT's levels of concern (key IFOMPT-2020).
 */
public enum Disposition {
    TREAT("Treat", "No concerning features: start a trial of physical therapy."),
    TREAT_WITH_MONITORING("Treat with monitoring",
            "Few concerning features: treat with watchful waiting, safety-netting advice, and re-screen at every visit."),
    ROUTINE_REFERRAL("Routine referral",
            "Refer to the patient's physician for a routine medical review; treatment may continue meanwhile."),
    URGENT_REFERRAL("Urgent referral",
            "Do not start treatment. Arrange prompt medical review or imaging, within days; tell the referring provider today."),
    EMERGENCY_REFERRAL("Emergency referral",
            "Do not treat. Send the patient to the emergency department today (call emergency services if unstable).");

    private final String label;
    private final String action;

    Disposition(String label, String action) {
        this.label = label;
        this.action = action;
    }

    public String label() {
        return label;
    }

    /** The action to take, in words for the therapist. */
    public String action() {
        return action;
    }

    public boolean allowsTreatment() {
        return compareTo(URGENT_REFERRAL) < 0;
    }

    public static Disposition mostUrgent(Disposition a, Disposition b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
