package org.rhomboid.episode.domain;

/** Why an episode of care ended, as the discharge summary records it (DISCHARGE-REASONS). */
public enum DischargeReason {
    GOALS_MET("Goals met"),
    PLATEAU("Plateau: no further progress expected"),
    PATIENT_CHOICE("Patient chose to stop"),
    NON_ATTENDANCE("Stopped attending"),
    REFERRED_ELSEWHERE("Referred to another provider"),
    MEDICAL_CHANGE("Change in medical status"),
    BENEFITS_EXHAUSTED("Benefits exhausted"),
    OTHER("Other");

    private final String label;

    DischargeReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
