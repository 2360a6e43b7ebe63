package org.rhomboid.screening.domain;

/** Interventions later features must not offer while the precaution stands (plan checks, modality choice). */
public enum PrecautionCode {
    NO_THRUST_MANIPULATION("No thrust manipulation"),
    NO_JOINT_MOBILIZATION("No joint mobilization"),
    NO_ELECTRICAL_STIMULATION("No electrical stimulation"),
    NO_THERAPEUTIC_ULTRASOUND("No therapeutic ultrasound"),
    NO_HEAT("No heat"),
    NO_DRY_NEEDLING("No dry needling");

    private final String label;

    PrecautionCode(String label) {
        this.label = label;
    }

    /** As documents print it: "No thrust manipulation". */
    public String label() {
        return label;
    }
}
