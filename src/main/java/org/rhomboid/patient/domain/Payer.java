package org.rhomboid.patient.domain;

/** Who pays first. Every payer but self-pay needs a member id on the claim. */
public enum Payer {
    MEDICARE("Medicare"), MEDICAID("Medicaid"), COMMERCIAL("Commercial insurance"),
    WORKERS_COMP("Workers' compensation"), SELF_PAY("Self-pay");

    private final String label;

    Payer(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean needsMemberId() {
        return this != SELF_PAY;
    }
}
