package org.rhomboid.exercise.domain;

/** What an exercise is for, in the words the product brief uses for the active part of treatment. */
public enum Category {
    MOBILITY("Mobility"), STRENGTH("Strength"), POSTURE("Posture"), BREATHING("Breathing"), EDUCATION("Education");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
