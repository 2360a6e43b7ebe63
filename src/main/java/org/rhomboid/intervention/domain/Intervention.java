package org.rhomboid.intervention.domain;

import java.util.List;

/** The interventions a thoracic plan of care can hold, grouped for safety rules and linked to their CPT codes. */
public enum Intervention {
    THORACIC_MOBILIZATION_GRADE_I_II("Thoracic joint mobilization, grades I–II", Group.MOBILIZATION, "97140"),
    THORACIC_MOBILIZATION_GRADE_III_IV("Thoracic joint mobilization, grades III–IV", Group.MOBILIZATION, "97140"),
    THORACIC_THRUST_MANIPULATION("Thoracic thrust manipulation (grade V)", Group.THRUST, "97140"),
    RIB_MOBILIZATION("Rib mobilization", Group.MOBILIZATION, "97140"),
    RIB_THRUST_MANIPULATION("Rib thrust manipulation", Group.THRUST, "97140"),
    CERVICOTHORACIC_MOBILIZATION("Cervicothoracic junction mobilization", Group.MOBILIZATION, "97140"),
    CERVICOTHORACIC_THRUST_MANIPULATION("Cervicothoracic junction thrust manipulation", Group.THRUST, "97140"),
    SOFT_TISSUE_MOBILIZATION("Soft tissue mobilization", Group.SOFT_TISSUE, "97140"),
    INSTRUMENT_ASSISTED_SOFT_TISSUE("Instrument-assisted soft tissue mobilization", Group.SOFT_TISSUE, "97140"),
    DRY_NEEDLING("Dry needling", Group.DRY_NEEDLING, "20560", "20561"),
    MOBILITY_EXERCISE("Thoracic mobility exercise", Group.EXERCISE, "97110"),
    STRENGTHENING_EXERCISE("Strengthening exercise (scapular, deep neck flexor, trunk)", Group.EXERCISE, "97110"),
    POSTURAL_EXERCISE("Postural and motor control exercise", Group.EXERCISE, "97112"),
    BREATHING_EXERCISE("Breathing exercise", Group.EXERCISE, "97110"),
    HEAT("Superficial heat", Group.HEAT, "97010"),
    COLD("Cold / cryotherapy", Group.COLD, "97010"),
    TENS("TENS (unattended electrical stimulation)", Group.ELECTRICAL, "97014", "G0283"),
    ELECTRICAL_STIMULATION_ATTENDED("Electrical stimulation, attended", Group.ELECTRICAL, "97032"),
    THERAPEUTIC_ULTRASOUND("Therapeutic ultrasound", Group.ULTRASOUND, "97035"),
    PAIN_NEUROSCIENCE_EDUCATION("Pain neuroscience education", Group.EDUCATION, "97535"),
    SELF_MANAGEMENT("Self-management training", Group.EDUCATION, "97535"),
    ERGONOMICS("Ergonomic and workstation advice", Group.EDUCATION, "97535");

    /** Interventions that share their safety rules. */
    public enum Group { THRUST, MOBILIZATION, SOFT_TISSUE, DRY_NEEDLING, EXERCISE, HEAT, COLD, ELECTRICAL, ULTRASOUND, EDUCATION }

    private final String label;
    private final Group group;
    private final List<String> cptCodes;

    Intervention(String label, Group group, String... cptCodes) {
        this.label = label;
        this.group = group;
        this.cptCodes = List.of(cptCodes);
    }

    public String label() {
        return label;
    }

    public Group group() {
        return group;
    }

    /** The procedure codes it is billed under (in the coding engine's procedure catalogue). */
    public List<String> cptCodes() {
        return cptCodes;
    }
}
