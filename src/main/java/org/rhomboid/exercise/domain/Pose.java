package org.rhomboid.exercise.domain;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A body position as joint angles, seen from the side with the person facing right, so that a new exercise needs
 * data and no artwork. Angles are in degrees.
 * <ul>
 * <li>{@code x}, {@code y}: where the hips are, in the figure's 240 × 160 frame (y grows downwards; the floor is
 * at y = 150).</li>
 * <li>{@code trunk}: direction of the lower trunk from the hips upwards, counter-clockwise from facing-right
 * (90 = upright, 0 = lying with the head to the right, 180 = lying with the head to the left).</li>
 * <li>{@code thorax}: bend of the upper (thoracic) trunk on the lower; positive bends forward (flexion),
 * negative arches back (extension).</li>
 * <li>{@code neck}: head on the upper trunk; positive nods forward.</li>
 * <li>{@code shoulder}, {@code elbow} (near arm) and {@code shoulder2}, {@code elbow2} (far arm): 0 = arm hanging
 * along the trunk, 90 = reaching forward, 180 = overhead, negative = behind; elbow 0 = straight.</li>
 * <li>{@code hip}, {@code knee} (near leg) and {@code hip2}, {@code knee2} (far leg): 0 = thigh in line with the
 * trunk, 90 = thigh forward as in sitting, negative = behind; knee 0 = straight, positive bends.</li>
 * </ul>
 */
public record Pose(int x, int y, int trunk, int thorax, int neck, int shoulder, int elbow, int shoulder2, int elbow2,
                   int hip, int knee, int hip2, int knee2) {

    private static final String[] KEYS = {"x", "y", "trunk", "thorax", "neck", "shoulder", "elbow", "shoulder2",
            "elbow2", "hip", "knee", "hip2", "knee2"};
    private static final int[][] LIMITS = {{0, 240}, {0, 160}, {-180, 360}, {-60, 90}, {-60, 60}, {-90, 200},
            {0, 160}, {-90, 200}, {0, 160}, {-60, 150}, {0, 160}, {-60, 150}, {0, 160}};

    public Pose {
        String problem = problem(new int[]{x, y, trunk, thorax, neck, shoulder, elbow, shoulder2, elbow2, hip, knee,
                hip2, knee2});
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** "x=120 y=100 trunk=90 …": every key once; a key left out is 0. */
    public static Pose parse(String text) {
        int[] v = values(text);
        return new Pose(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12]);
    }

    /** Why this text is not a pose, for the clinic's own exercises; null when it is one. */
    public static String check(String text) {
        try {
            parse(text);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    public String format() {
        int[] v = array();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < KEYS.length; i++) {
            out.append(i == 0 ? "" : " ").append(KEYS[i]).append('=').append(v[i]);
        }
        return out.toString();
    }

    /** The pose part way to another: 0 is this pose, 1 the other. */
    public Pose towards(Pose other, double fraction) {
        int[] a = array();
        int[] b = other.array();
        int[] m = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            m[i] = (int) Math.round(a[i] + (b[i] - a[i]) * fraction);
        }
        return new Pose(m[0], m[1], m[2], m[3], m[4], m[5], m[6], m[7], m[8], m[9], m[10], m[11], m[12]);
    }

    int[] array() {
        return new int[]{x, y, trunk, thorax, neck, shoulder, elbow, shoulder2, elbow2, hip, knee, hip2, knee2};
    }

    private static int[] values(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Describe the pose as joint angles, e.g. x=120 y=100 trunk=90");
        }
        if (text.length() > 400) {
            throw new IllegalArgumentException("A pose is at most 400 characters");
        }
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (String part : text.strip().split("\\s+")) {
            int eq = part.indexOf('=');
            String key = eq < 0 ? part : part.substring(0, eq).toLowerCase(Locale.ROOT);
            int index = index(key);
            if (eq < 0 || index < 0) {
                throw new IllegalArgumentException("Unknown part \"" + part + "\": use " + String.join(", ", KEYS));
            }
            if (seen.containsKey(key)) {
                throw new IllegalArgumentException(key + " is given twice");
            }
            try {
                seen.put(key, Integer.parseInt(part.substring(eq + 1)));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(key + " must be a whole number of degrees");
            }
        }
        if (!seen.containsKey("x") || !seen.containsKey("y") || !seen.containsKey("trunk")) {
            throw new IllegalArgumentException("Give at least x, y and trunk");
        }
        int[] v = new int[KEYS.length];
        seen.forEach((key, value) -> v[index(key)] = value);
        String problem = problem(v);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        return v;
    }

    private static String problem(int[] v) {
        for (int i = 0; i < KEYS.length; i++) {
            if (v[i] < LIMITS[i][0] || v[i] > LIMITS[i][1]) {
                return KEYS[i] + " must be between " + LIMITS[i][0] + " and " + LIMITS[i][1];
            }
        }
        return null;
    }

    private static int index(String key) {
        for (int i = 0; i < KEYS.length; i++) {
            if (KEYS[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }
}
