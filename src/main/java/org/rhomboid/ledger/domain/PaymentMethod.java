package org.rhomboid.ledger.domain;

/** How the patient paid at the desk. */
public enum PaymentMethod {
    CASH("Cash"),
    CARD("Card"),
    CHECK("Check");

    private final String label;

    PaymentMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
