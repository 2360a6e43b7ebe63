package org.rhomboid.coverage.domain;

/** Which payer is billed first (SBR01: P, S, T). */
public enum Rank {
    PRIMARY("P", "Primary"), SECONDARY("S", "Secondary"), TERTIARY("T", "Tertiary");

    private final String x12Code;
    private final String label;

    Rank(String x12Code, String label) {
        this.x12Code = x12Code;
        this.label = label;
    }

    public String x12Code() {
        return x12Code;
    }

    public String label() {
        return label;
    }
}
