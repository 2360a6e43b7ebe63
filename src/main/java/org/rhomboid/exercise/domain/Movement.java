package org.rhomboid.exercise.domain;

/**
 * What an exercise asks of the spine and body that matters for safety. The rules in exercise/safety.tsv match
 * these against the patient's screening and history (HEP-SAFETY in docs/clinical-sources.md).
 */
public enum Movement {
    LOADED_FLEXION("Bends the spine forward against a load or gravity"),
    END_RANGE_FLEXION("Bends the spine forward to the end of its range"),
    END_RANGE_EXTENSION("Arches the spine back to the end of its range"),
    END_RANGE_ROTATION("Twists the trunk to the end of its range"),
    PRESSURE_ON_SPINE("Rests the spine's weight on a roller or ball"),
    PRONE_LYING("Lying face down"),
    ARM_WEIGHT_BEARING("Takes body weight through the arms"),
    RESISTED("Works against a band or weight"),
    SUSTAINED_HOLD("Holds an effort, tempting the patient to hold their breath");

    private final String label;

    Movement(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
