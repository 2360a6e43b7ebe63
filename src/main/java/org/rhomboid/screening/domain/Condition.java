package org.rhomboid.screening.domain;

/** The serious pathologies and non-musculoskeletal sources screening looks for. */
public enum Condition {
    SPINAL_CORD_COMPRESSION("Spinal cord compression"),
    CAUDA_EQUINA("Cauda equina syndrome"),
    SPINAL_MALIGNANCY("Spinal malignancy"),
    VERTEBRAL_FRACTURE("Vertebral fracture"),
    SPINAL_INFECTION("Spinal infection"),
    CARDIAC("Cardiac cause"),
    AORTIC("Aortic dissection or aneurysm"),
    PULMONARY("Pulmonary cause"),
    GASTROINTESTINAL("Gastrointestinal cause"),
    RENAL("Renal cause");

    private final String label;

    Condition(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
