package org.rhomboid.screening.domain;

/** A concern the screen found again, and the clearance that settles it. */
public record ClearedConcern(Concern concern, Clearance clearance) {

    /** "Vertebral fracture — cleared on Dec 14, 2026 by imaging (MRI thoracic spine)". */
    public String summary(org.rhomboid.shared.domain.DateWords words) {
        return concern.condition().label() + " — " + clearance.summary(words);
    }
}
