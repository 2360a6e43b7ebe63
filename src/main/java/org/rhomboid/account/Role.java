package org.rhomboid.account;

/** What a member of staff may do in Rhomboid. */
public enum Role {
    PT("Physical therapist"),
    PTA("Physical therapist assistant"),
    FRONT_DESK("Front desk"),
    BILLER("Biller"),
    CLINIC_ADMIN("Clinic administrator");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
