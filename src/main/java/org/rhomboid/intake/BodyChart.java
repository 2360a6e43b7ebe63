package org.rhomboid.intake;

import java.util.List;
import org.rhomboid.intake.domain.BodyRegion;

/**
 * The drawing of the body chart: a back view (patient's left on the viewer's left) and a front view (patient's
 * left on the viewer's right). Regions seen from both sides (neck, shoulders, arms, legs) are drawn in both.
 * No region is narrower than 22 units, so with each view drawn on its own at phone width (about 140 units across
 * 300 CSS px or more) every region is at least 44×44 CSS px to tap.
 */
public final class BodyChart {

    public record Shape(BodyRegion region, int x, int y, int width, int height) {}

    /** Back view, centred on x = 100. */
    public static final List<Shape> BACK = List.of(
            new Shape(BodyRegion.NECK, 88, 48, 24, 22),
            new Shape(BodyRegion.LEFT_SHOULDER, 44, 68, 34, 22),
            new Shape(BodyRegion.RIGHT_SHOULDER, 122, 68, 34, 22),
            new Shape(BodyRegion.UPPER_THORACIC_LEFT, 64, 70, 24, 30),
            new Shape(BodyRegion.UPPER_THORACIC_CENTRAL, 88, 70, 24, 22),
            new Shape(BodyRegion.UPPER_THORACIC_RIGHT, 112, 70, 24, 30),
            new Shape(BodyRegion.INTERSCAPULAR, 88, 92, 24, 22),
            new Shape(BodyRegion.MID_THORACIC_LEFT, 64, 100, 24, 30),
            new Shape(BodyRegion.MID_THORACIC_CENTRAL, 88, 114, 24, 22),
            new Shape(BodyRegion.MID_THORACIC_RIGHT, 112, 100, 24, 30),
            new Shape(BodyRegion.LOWER_THORACIC_LEFT, 64, 130, 24, 30),
            new Shape(BodyRegion.LOWER_THORACIC_CENTRAL, 88, 136, 24, 24),
            new Shape(BodyRegion.LOWER_THORACIC_RIGHT, 112, 130, 24, 30),
            new Shape(BodyRegion.LOW_BACK, 64, 160, 72, 32),
            new Shape(BodyRegion.LEFT_ARM, 38, 92, 22, 100),
            new Shape(BodyRegion.RIGHT_ARM, 140, 92, 22, 100),
            new Shape(BodyRegion.LEFT_LEG, 66, 196, 32, 124),
            new Shape(BodyRegion.RIGHT_LEG, 102, 196, 32, 124));

    /** Front view, centred on x = 320. */
    public static final List<Shape> FRONT = List.of(
            new Shape(BodyRegion.NECK, 308, 48, 24, 22),
            new Shape(BodyRegion.RIGHT_SHOULDER, 264, 68, 34, 22),
            new Shape(BodyRegion.LEFT_SHOULDER, 342, 68, 34, 22),
            new Shape(BodyRegion.RIGHT_RIB_CHEST_WALL, 284, 70, 36, 80),
            new Shape(BodyRegion.LEFT_RIB_CHEST_WALL, 320, 70, 36, 80),
            new Shape(BodyRegion.ABDOMEN, 284, 150, 72, 42),
            new Shape(BodyRegion.RIGHT_ARM, 258, 92, 22, 100),
            new Shape(BodyRegion.LEFT_ARM, 360, 92, 22, 100),
            new Shape(BodyRegion.RIGHT_LEG, 286, 196, 32, 124),
            new Shape(BodyRegion.LEFT_LEG, 322, 196, 32, 124));

    private BodyChart() {
    }
}
