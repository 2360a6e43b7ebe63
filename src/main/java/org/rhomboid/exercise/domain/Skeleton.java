package org.rhomboid.exercise.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the joints of a {@link Pose} are: forward kinematics from its angles with constant segment lengths, so every
 * exercise is drawn at the same scale and a standing figure, arms overhead, fits the frame. Conventions are in
 * {@link FigureRenderer}.
 */
record Skeleton(Point hip, Point midBack, Point shoulder, Point neck, Point head, Point nose, Point elbow, Point hand,
                Point elbow2, Point hand2, Point knee, Point ankle, Point toe, Point knee2, Point ankle2, Point toe2) {

    static final double FLOOR = 150;
    static final double LOWER_TRUNK = 22;
    static final double UPPER_TRUNK = 22;
    static final double NECK = 5;
    static final double HEAD_RADIUS = 8;
    static final double UPPER_ARM = 20;
    static final double FOREARM = 18;
    static final double THIGH = 31;
    static final double SHANK = 31;
    static final double FOOT = 7;
    static final double NOSE = 2.5;
    /** An ankle this close to the floor has its foot flat on it. */
    private static final double FOOT_ON_FLOOR = 8;

    static Skeleton of(Pose p) {
        double lower = p.trunk();
        double upper = lower - p.thorax();
        double face = upper - p.neck();
        Point hip = new Point(p.x(), p.y());
        Point mid = hip.step(lower, LOWER_TRUNK);
        Point shoulder = mid.step(upper, UPPER_TRUNK);
        Point neck = shoulder.step(face, NECK);
        Point head = neck.step(face, HEAD_RADIUS);
        // The nose marks which way the face points (to the front of the body), so nods and looks show.
        Point nose = head.step(face - 90, HEAD_RADIUS + NOSE);
        // Arms: 0 hangs along the upper trunk (its direction + 180); flexion turns the arm forward, then overhead.
        double arm = upper + 180 + p.shoulder();
        double arm2 = upper + 180 + p.shoulder2();
        Point elbow = shoulder.step(arm, UPPER_ARM);
        Point elbow2 = shoulder.step(arm2, UPPER_ARM);
        // Legs: 0 continues the lower trunk; hip flexion turns the thigh forward, knee flexion turns the shank back.
        double thigh = lower + 180 + p.hip();
        double thigh2 = lower + 180 + p.hip2();
        Point knee = hip.step(thigh, THIGH);
        Point knee2 = hip.step(thigh2, THIGH);
        Point ankle = knee.step(thigh - p.knee(), SHANK);
        Point ankle2 = knee2.step(thigh2 - p.knee2(), SHANK);
        return new Skeleton(hip, mid, shoulder, neck, head, nose,
                elbow, elbow.step(arm + p.elbow(), FOREARM), elbow2, elbow2.step(arm2 + p.elbow2(), FOREARM),
                knee, ankle, toe(ankle, thigh - p.knee()), knee2, ankle2, toe(ankle2, thigh2 - p.knee2()));
    }

    /**
     * The foot sits at a right angle to the shin, toes forward; near or against the floor it rests on it instead,
     * toes on the floor, pointing the way they were turned (along the shin when kneeling or lying face down).
     */
    private static Point toe(Point ankle, double shank) {
        Point neutral = ankle.step(shank + 90, FOOT);
        if (FLOOR - ankle.y() > FOOT_ON_FLOOR && neutral.y() <= FLOOR) {
            return neutral;
        }
        double dx = Math.cos(Math.toRadians(shank + 90));
        if (Math.abs(dx) < 0.2) {
            dx = Math.cos(Math.toRadians(shank));
        }
        return new Point(ankle.x() + Math.signum(dx) * FOOT, Math.max(ankle.y(), FLOOR - 2.5));
    }

    /** Every joint by name, head as its centre: what tests check against the frame. */
    Map<String, Point> points() {
        Map<String, Point> points = new LinkedHashMap<>();
        points.put("hip", hip);
        points.put("midBack", midBack);
        points.put("shoulder", shoulder);
        points.put("neck", neck);
        points.put("head", head);
        points.put("nose", nose);
        points.put("elbow", elbow);
        points.put("hand", hand);
        points.put("elbow2", elbow2);
        points.put("hand2", hand2);
        points.put("knee", knee);
        points.put("ankle", ankle);
        points.put("toe", toe);
        points.put("knee2", knee2);
        points.put("ankle2", ankle2);
        points.put("toe2", toe2);
        return points;
    }
}
