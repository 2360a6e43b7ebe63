package org.rhomboid.coverage.domain;

/**
 * The patient's relationship to the coverage's subscriber (the policy holder), with the 837P code: SBR02 = 18 when
 * the patient is the subscriber; otherwise the patient loop 2000C carries PAT01 (01 spouse, 19 child, G8 other).
 */
public enum Relationship {
    SELF("18", "The patient (self)"),
    SPOUSE("01", "Spouse"),
    CHILD("19", "Child"),
    OTHER("G8", "Other relationship");

    private final String x12Code;
    private final String label;

    Relationship(String x12Code, String label) {
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
