package org.rhomboid.patient.domain;

/** Sex as recorded for clinical screening and claims (837P accepts F, M or U). */
public enum Sex {
    FEMALE("Female"), MALE("Male"), OTHER("Other"), UNKNOWN("Unknown");

    private final String label;

    Sex(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
