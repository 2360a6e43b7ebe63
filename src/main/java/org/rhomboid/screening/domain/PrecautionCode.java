package org.rhomboid.screening.domain;

/** Interventions later features must not offer while the precaution stands (plan checks, modality choice). */
public enum PrecautionCode {
    NO_THRUST_MANIPULATION, NO_JOINT_MOBILIZATION, NO_ELECTRICAL_STIMULATION, NO_THERAPEUTIC_ULTRASOUND, NO_HEAT,
    NO_DRY_NEEDLING
}
