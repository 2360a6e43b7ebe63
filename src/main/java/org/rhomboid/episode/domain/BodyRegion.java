package org.rhomboid.episode.domain;

/**
 * The spinal region an episode treats. Thoracic is what Rhomboid reasons about today; the others are
 * admitted so that cervical and lumbar care can follow without changing how episodes are stored.
 */
public enum BodyRegion {
    THORACIC("Thoracic spine (upper back)"),
    CERVICAL("Cervical spine (neck)"),
    LUMBAR("Lumbar spine (low back)");

    private final String label;

    BodyRegion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
