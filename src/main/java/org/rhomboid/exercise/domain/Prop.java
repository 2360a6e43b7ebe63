package org.rhomboid.exercise.domain;

/** Equipment an exercise uses; the figure renderer draws it, the handout lists it. */
public enum Prop {
    MAT("Mat or carpet"), FOAM_ROLLER("Foam roller"), CHAIR("Chair"), WALL("Wall"), DOORWAY("Doorway"),
    BAND("Resistance band"), TOWEL("Towel"), DUMBBELL("Light weight"), TABLE("Table or desk");

    private final String label;

    Prop(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
