package org.rhomboid.hep.domain;

/** How hard the patient found a session; two "too hard" in a week call for a review (HEP-REVIEW). */
public enum Difficulty {
    TOO_EASY("Too easy"), ABOUT_RIGHT("About right"), HARD("Hard"), TOO_HARD("Too hard");

    private final String label;

    Difficulty(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
