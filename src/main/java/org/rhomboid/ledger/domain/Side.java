package org.rhomboid.ledger.domain;

/** Whose part of a claim's balance an adjustment concerns: still with the payer, or owed by the patient. */
public enum Side {
    PAYER("Payer's side"),
    PATIENT("Patient's side");

    private final String label;

    Side(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
