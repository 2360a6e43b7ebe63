package org.rhomboid.visit.domain;

/** How much of the home exercise programme the patient reports doing since the last visit. */
public enum HepAdherence {
    ALL("All of it"), MOST("Most of it"), SOME("Some of it"), NONE("None of it"),
    NOT_PRESCRIBED("No home programme prescribed yet");

    private final String label;

    HepAdherence(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
