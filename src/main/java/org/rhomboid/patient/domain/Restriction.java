package org.rhomboid.patient.domain;

/** Why a record is restricted to the patient's care team (EMERGENCY-ACCESS). */
public enum Restriction {
    STAFF_MEMBER("A member of the clinic's staff"),
    VIP("A public figure"),
    SENSITIVE("A sensitive case");

    private final String label;

    Restriction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
