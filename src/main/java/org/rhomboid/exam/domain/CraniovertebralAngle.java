package org.rhomboid.exam.domain;

import org.rhomboid.exam.domain.ThoracicExam.Point;

/**
 * The craniovertebral angle: between the horizontal through C7 and the line from C7 to the tragus of the ear,
 * measured on a side-view photo. Smaller means a more forward head; below 50° is the usual research convention
 * for forward head posture, not a validated cut-off (CVA-50): it is shown as a convention with its source.
 * Image coordinates: y grows downwards; the patient may face either way.
 */
public final class CraniovertebralAngle {

    /** The research convention for forward head posture (CVA-50): a convention, not a diagnosis. */
    public static final double FORWARD_HEAD_BELOW = 50;

    private CraniovertebralAngle() {
    }

    public static double of(Point tragus, Point c7) {
        if (!(tragus.y() < c7.y())) {
            throw new IllegalArgumentException("The tragus must be above C7");
        }
        double rise = c7.y() - tragus.y();
        double run = Math.abs(tragus.x() - c7.x());
        return Math.round(Math.toDegrees(Math.atan2(rise, run)) * 10) / 10.0;
    }

    /** Below the 50° research convention (CVA-50). */
    public static boolean forwardHead(double angle) {
        return angle < FORWARD_HEAD_BELOW;
    }
}
