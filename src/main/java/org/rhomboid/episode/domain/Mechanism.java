package org.rhomboid.episode.domain;

/** How the problem began, as asked in the subjective history. */
public enum Mechanism {
    ACUTE_TRAUMA("Acute trauma"),
    SUDDEN_MOVEMENT("Sudden movement"),
    INSIDIOUS("Insidious (gradual, no clear cause)"),
    REPETITIVE("Repetitive movement or overuse");

    private final String label;

    Mechanism(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
