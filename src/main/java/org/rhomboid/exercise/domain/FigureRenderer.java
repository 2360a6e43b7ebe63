package org.rhomboid.exercise.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Draws exercise figures as SVG line art from {@link Pose} data, so that a new exercise needs numbers, not artwork.
 * Output is self-contained (no scripts, fonts or external references) and simple enough for Batik, which draws the
 * printed handout: lines, circles, rects, paths and text, presentation as attributes.
 *
 * <p>Conventions. The frame is 240 × 160 (viewBox "0 0 240 160"), y grows downwards, the floor is at y = 150, and
 * the figure is seen from its near side, facing right. Angles are degrees, counter-clockwise from facing right
 * (90 = up). From the hips at (x, y):
 * <ul>
 * <li>lower trunk 22 in direction {@code trunk}; upper (thoracic) trunk 22 in direction {@code trunk − thorax}, so
 * flexion curls the upper trunk forward and extension arches it back; the two are drawn as one curve through
 * the mid-back so the bend reads as a curve;</li>
 * <li>neck 5 and head (circle, radius 8) in direction {@code trunk − thorax − neck}, with a short nose at a right
 * angle to it, towards the front of the body;</li>
 * <li>upper arm 20 in direction {@code upperTrunk + 180 + shoulder} (0 hangs along the trunk, 90 reaches forward,
 * 180 overhead), forearm 18 turned a further {@code elbow};</li>
 * <li>thigh 31 in direction {@code trunk + 180 + hip} (0 in line with the trunk, 90 forward as in sitting), shank
 * 31 turned back by {@code knee}; a foot 7 at a right angle to the shank, lying flat when the ankle is on the
 * floor.</li>
 * </ul>
 * Near limbs are dark and drawn over the body, far limbs light and behind it. Typical hip heights: standing
 * y = 86; kneeling on all fours 115 (shoulders about 109, hands under them); sitting on the chair 116; lying on the
 * floor 142 (trunk and head then rest on the floor line).
 */
public final class FigureRenderer {

    /** One loop, start → end → start. */
    static final String DURATION = "4s";
    private static final String NEAR = "#2f4858";
    private static final String FAR = "#a6b9c6";
    private static final String LIMB = "fill=\"none\" stroke-width=\"5\" stroke-linecap=\"round\" "
            + "stroke-linejoin=\"round\" stroke=\"";
    private static final String TRUNK = "fill=\"none\" stroke-width=\"9\" stroke-linecap=\"round\" stroke=\"" + NEAR
            + "\"";
    private static final String NECK = "fill=\"none\" stroke-width=\"4\" stroke-linecap=\"round\" stroke=\"" + NEAR
            + "\"";
    private static final String NOSE = "fill=\"none\" stroke-width=\"3\" stroke-linecap=\"round\" stroke=\"" + NEAR
            + "\"";
    private static final String HEAD = "fill=\"#ffffff\" stroke-width=\"3\" stroke=\"" + NEAR + "\"";
    private static final String FLOOR = "fill=\"none\" stroke=\"#c3ced6\" stroke-width=\"2\" stroke-linecap=\"round\"";
    private static final String LABEL = "font-family=\"sans-serif\" font-size=\"12\" fill=\"#42535e\" "
            + "text-anchor=\"middle\"";
    /** Frames per loop: eased so the figure slows into each end position, as a person would. */
    private static final int FRAMES = 16;

    private FigureRenderer() {
    }

    /** One pose with its props, e.g. a clinic's own exercise while its poses are being entered. */
    public static String still(Pose pose, Set<Prop> props, String title) {
        Skeleton skeleton = Skeleton.of(pose);
        List<Shape> shapes = scene(skeleton, Scenery.of(props, List.of(skeleton)));
        return svg(frame(top(List.of(skeleton), props)), title, body(shapes));
    }

    /** The figure moving start → end → start, looping every four seconds (SMIL, no script). */
    public static String animated(Exercise exercise) {
        Scenery scenery = scenery(exercise);
        List<List<Shape>> frames = new ArrayList<>();
        List<Skeleton> skeletons = new ArrayList<>();
        for (int i = 0; i <= FRAMES; i++) {
            double fraction = (1 - Math.cos(2 * Math.PI * i / FRAMES)) / 2;
            Skeleton skeleton = Skeleton.of(exercise.start().towards(exercise.end(), fraction));
            skeletons.add(skeleton);
            frames.add(scene(skeleton, scenery));
        }
        StringBuilder out = new StringBuilder();
        for (int e = 0; e < frames.get(0).size(); e++) {
            int element = e;
            out.append(Shape.animated(frames.stream().map(f -> f.get(element)).toList(), DURATION));
        }
        return svg(frame(top(skeletons, exercise.props())),
                exercise.name() + ": moving from the start position to the end position and back",
                out.toString());
    }

    /** Start and end side by side with an arrow between, for the printed handout (PDF has no animation). */
    public static String startAndEnd(Exercise exercise) {
        Scenery scenery = scenery(exercise);
        String start = body(scene(Skeleton.of(exercise.start()), scenery));
        String end = body(scene(Skeleton.of(exercise.end()), scenery));
        // The drawings move up by the space above the figure, so the labels sit just over it.
        int top = top(List.of(Skeleton.of(exercise.start()), Skeleton.of(exercise.end())), exercise.props());
        int shift = 18 - top;
        int arrow = (top + (int) Skeleton.FLOOR) / 2 + shift;
        String content = "<text x=\"120\" y=\"13\" " + LABEL + ">Start</text>"
                + "<text x=\"380\" y=\"13\" " + LABEL + ">End</text>"
                + "<g transform=\"translate(0 " + shift + ")\">" + start + "</g>"
                + "<path d=\"M241 " + arrow + " L257 " + arrow + " M252 " + (arrow - 5) + " L257 " + arrow + " L252 "
                + (arrow + 5) + "\" fill=\"none\" stroke=\"#42535e\" "
                + "stroke-width=\"2\" stroke-linecap=\"round\" stroke-linejoin=\"round\"/>"
                + "<g transform=\"translate(260 " + shift + ")\">" + end + "</g>";
        return svg("0 0 500 " + (178 - top), exercise.name() + ": start and end positions", content);
    }

    /** Pictures are never cropped to less than this height, so a lying figure keeps some air above it. */
    static final int MIN_HEIGHT = 84;

    /**
     * Where the picture starts: just above the highest point any of the poses reaches, so that a figure lying on
     * the floor fills its picture instead of sitting at the foot of an empty frame. Walls and doorways stand the
     * full height, so pictures with them keep the whole frame.
     */
    static int top(List<Skeleton> poses, Set<Prop> props) {
        if (props != null && (props.contains(Prop.WALL) || props.contains(Prop.DOORWAY))) {
            return 0;
        }
        double highest = poses.stream().flatMap(s -> s.points().values().stream()).mapToDouble(Point::y).min()
                .orElse(0);
        int top = (int) Math.floor(highest - Skeleton.HEAD_RADIUS - 10);
        return Math.max(0, Math.min(top, 160 - MIN_HEIGHT));
    }

    private static String frame(int top) {
        return "0 " + top + " 240 " + (160 - top);
    }

    /** Every joint of the figure for a pose, head as its centre (radius {@link #headRadius()}): for tests. */
    static Map<String, double[]> points(Pose pose) {
        Map<String, double[]> points = new LinkedHashMap<>();
        Skeleton.of(pose).points().forEach((name, p) -> points.put(name, new double[]{p.x(), p.y()}));
        return points;
    }

    static double headRadius() {
        return Skeleton.HEAD_RADIUS;
    }

    private static Scenery scenery(Exercise exercise) {
        return Scenery.of(exercise.props(), List.of(Skeleton.of(exercise.start()), Skeleton.of(exercise.end())));
    }

    /** Everything in paint order: props behind, far limbs, trunk and head, near limbs, held props. */
    private static List<Shape> scene(Skeleton s, Scenery scenery) {
        List<Shape> shapes = new ArrayList<>();
        shapes.add(Shape.path(FLOOR, new Point(6, Skeleton.FLOOR), new Point(234, Skeleton.FLOOR)));
        shapes.addAll(scenery.behind());
        shapes.add(Shape.path(LIMB + FAR + "\"", s.hip(), s.knee2(), s.ankle2(), s.toe2()));
        shapes.add(Shape.path(LIMB + FAR + "\"", s.shoulder(), s.elbow2(), s.hand2()));
        shapes.add(Shape.curve(TRUNK, s.hip(), s.midBack(), s.shoulder()));
        shapes.add(Shape.path(NECK, s.shoulder(), s.neck()));
        shapes.add(Shape.circle(HEAD, s.head(), Skeleton.HEAD_RADIUS));
        double toEdge = Skeleton.HEAD_RADIUS / (Skeleton.HEAD_RADIUS + Skeleton.NOSE);
        shapes.add(Shape.path(NOSE, s.head().plus((s.nose().x() - s.head().x()) * toEdge,
                (s.nose().y() - s.head().y()) * toEdge), s.nose()));
        shapes.add(Shape.path(LIMB + NEAR + "\"", s.hip(), s.knee(), s.ankle(), s.toe()));
        shapes.add(Shape.path(LIMB + NEAR + "\"", s.shoulder(), s.elbow(), s.hand()));
        shapes.addAll(scenery.inFront(s));
        return shapes;
    }

    private static String body(List<Shape> shapes) {
        StringBuilder out = new StringBuilder();
        shapes.forEach(s -> out.append(s.svg()));
        return out.toString();
    }

    private static String svg(String viewBox, String title, String content) {
        String text = title == null || title.isBlank() ? "Exercise figure" : title;
        String[] box = viewBox.split(" ");
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"" + viewBox + "\" width=\"" + box[2]
                + "\" height=\"" + box[3] + "\" role=\"img\">"
                + "<title>" + escape(text) + "</title>" + content + "</svg>";
    }

    /** Text for XML content and attributes. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
