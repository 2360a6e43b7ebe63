package org.rhomboid.intervention.domain;

/** Conditions from the history and examination that limit which interventions are safe. */
public enum HealthCondition {
    RECENT_FRACTURE, OSTEOPOROSIS, MALIGNANCY, UNHEALED_SURGICAL_SITE, MYELOPATHY, NEUROLOGICAL_COMPROMISE,
    ANTICOAGULATION, PREGNANCY, PACEMAKER, IMPAIRED_SENSATION, INFLAMMATORY_ARTHRITIS, LONG_TERM_CORTICOSTEROIDS, DVT,
    LOCAL_INFECTION, AORTIC_ANEURYSM, IMMUNOSUPPRESSION;

    /** "Recent fracture", "DVT". */
    public String label() {
        if (this == DVT) {
            return "Deep vein thrombosis (DVT)";
        }
        String words = name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
