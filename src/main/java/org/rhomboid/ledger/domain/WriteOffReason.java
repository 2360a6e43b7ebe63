package org.rhomboid.ledger.domain;

/** Why a balance was written off, in the words a biller uses. */
public enum WriteOffReason {
    SMALL_BALANCE("Small balance"),
    BAD_DEBT("Bad debt"),
    TIMELY_FILING("Timely filing"),
    CONTRACTUAL("Contractual"),
    ADMINISTRATIVE("Administrative"),
    HARDSHIP("Financial hardship"),
    DENIAL_UPHELD("Denial upheld");

    private final String label;

    WriteOffReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
