package org.rhomboid.intake.domain;

/** What the pain in one region feels like. */
public enum PainType {
    ACHING("Aching"), SHARP("Sharp"), BURNING("Burning"), NUMBNESS_TINGLING("Numbness or tingling"),
    BAND_LIKE("Band-like, around the trunk");

    private final String label;

    PainType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
