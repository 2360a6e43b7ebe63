package org.rhomboid.reasoning.domain;

import java.util.List;
import org.rhomboid.intervention.domain.Intervention;

/**
 * Signs-and-symptoms classifications of thoracic pain, with the interventions such patients tend to respond to.
 * No clinical practice guideline exists for non-specific thoracic pain: most of this is extrapolated from the
 * JOSPT neck pain guideline and low-back practice, and says so. Sources in docs/clinical-sources.md.
 */
public enum Classification {
    SUSPECTED_SERIOUS_PATHOLOGY("Suspected serious pathology — refer", List.of(),
            "Screening found concerning features: medical referral comes before any physical therapy.", "IFOMPT-2020", false),
    THORACIC_MOBILITY_DEFICIT("Thoracic mobility deficit",
            List.of(Intervention.THORACIC_MOBILIZATION_GRADE_III_IV, Intervention.THORACIC_THRUST_MANIPULATION,
                    Intervention.MOBILITY_EXERCISE, Intervention.SELF_MANAGEMENT),
            "Thoracic manipulation and mobilisation with mobility exercise are recommended for neck pain with mobility "
                    + "deficits; applied here to the thoracic spine by extrapolation.", "NECK-CPG-2017", true),
    POSTURAL_MOVEMENT_COORDINATION("Postural / movement-coordination impairment",
            List.of(Intervention.POSTURAL_EXERCISE, Intervention.STRENGTHENING_EXERCISE, Intervention.ERGONOMICS,
                    Intervention.SELF_MANAGEMENT),
            "Postural, motor-control and endurance exercise with ergonomic advice, borrowed from the neck guideline's "
                    + "movement-coordination category and the brief's posture guidance.", "NECK-CPG-2017", true),
    RIB_DYSFUNCTION("Rib (costovertebral) dysfunction",
            List.of(Intervention.RIB_MOBILIZATION, Intervention.RIB_THRUST_MANIPULATION, Intervention.BREATHING_EXERCISE,
                    Intervention.MOBILITY_EXERCISE),
            "Rib springing and rib mobility findings guide rib mobilisation and breathing exercise; evidence is "
                    + "practice-based.", "BRIEF-EXAM", true),
    THORACIC_RADICULAR_PAIN("Thoracic radicular pain",
            List.of(Intervention.THORACIC_MOBILIZATION_GRADE_I_II, Intervention.MOBILITY_EXERCISE,
                    Intervention.PAIN_NEUROSCIENCE_EDUCATION, Intervention.SELF_MANAGEMENT),
            "Gentle mobilisation, mobility exercise and education to stay active, extrapolated from neck pain with "
                    + "radiating pain; monitor neurology.", "NECK-CPG-2017", true),
    MYOFASCIAL_STRAIN("Myofascial pain / muscle strain",
            List.of(Intervention.SOFT_TISSUE_MOBILIZATION, Intervention.INSTRUMENT_ASSISTED_SOFT_TISSUE,
                    Intervention.DRY_NEEDLING, Intervention.STRENGTHENING_EXERCISE, Intervention.HEAT),
            "Soft tissue work or needling for tender trigger points, then progressive strengthening.", "BRIEF-CAUSES", true),
    REFERRED_FROM_CERVICAL("Pain referred from the lower cervical spine",
            List.of(Intervention.CERVICOTHORACIC_MOBILIZATION, Intervention.CERVICOTHORACIC_THRUST_MANIPULATION,
                    Intervention.STRENGTHENING_EXERCISE, Intervention.MOBILITY_EXERCISE),
            "Interscapular pain is commonly referred from the lower cervical spine: treat the cervicothoracic "
                    + "junction and neck.", "BRIEF-CAUSES", true),
    HYPERKYPHOSIS("Hyperkyphosis",
            List.of(Intervention.POSTURAL_EXERCISE, Intervention.STRENGTHENING_EXERCISE, Intervention.MOBILITY_EXERCISE,
                    Intervention.BREATHING_EXERCISE),
            "Spinal extensor strengthening, mobility and postural exercise for increased kyphosis; exclude "
                    + "vertebral fracture first.", "BRIEF-KYPHOSIS", true);

    private final String label;
    private final List<Intervention> interventions;
    private final String evidence;
    private final String source;
    private final boolean extrapolated;

    Classification(String label, List<Intervention> interventions, String evidence, String source, boolean extrapolated) {
        this.label = label;
        this.interventions = interventions;
        this.evidence = evidence;
        this.source = source;
        this.extrapolated = extrapolated;
    }

    public String label() {
        return label;
    }

    public List<Intervention> interventions() {
        return interventions;
    }

    public String evidence() {
        return evidence;
    }

    public String source() {
        return source;
    }

    /** True when the evidence comes from neck or low-back guidance, or practice, rather than thoracic studies. */
    public boolean extrapolated() {
        return extrapolated;
    }
}
