package org.rhomboid.intake.domain;

/**
 * Regions of the "where's your pain?" body chart, fine enough for the thoracic spine: a 3 × 3 grid of upper,
 * mid and lower thoracic by left, central and right, the interscapular area, and the rib cage and chest wall.
 */
public enum BodyRegion {
    NECK("Neck"),
    LEFT_SHOULDER("Left shoulder"),
    RIGHT_SHOULDER("Right shoulder"),
    UPPER_THORACIC_LEFT("Upper back, left"),
    UPPER_THORACIC_CENTRAL("Upper back, centre"),
    UPPER_THORACIC_RIGHT("Upper back, right"),
    INTERSCAPULAR("Between the shoulder blades"),
    MID_THORACIC_LEFT("Mid back, left"),
    MID_THORACIC_CENTRAL("Mid back, centre"),
    MID_THORACIC_RIGHT("Mid back, right"),
    LOWER_THORACIC_LEFT("Lower mid back, left"),
    LOWER_THORACIC_CENTRAL("Lower mid back, centre"),
    LOWER_THORACIC_RIGHT("Lower mid back, right"),
    LEFT_RIB_CHEST_WALL("Left ribs and chest wall"),
    RIGHT_RIB_CHEST_WALL("Right ribs and chest wall"),
    LOW_BACK("Low back"),
    ABDOMEN("Abdomen"),
    LEFT_ARM("Left arm"),
    RIGHT_ARM("Right arm"),
    LEFT_LEG("Left leg"),
    RIGHT_LEG("Right leg");

    private final String label;

    BodyRegion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
