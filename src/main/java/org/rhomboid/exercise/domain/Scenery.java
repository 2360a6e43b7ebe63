package org.rhomboid.exercise.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * The props around a figure, placed once from every pose of an exercise so that they stay put while the figure
 * moves: the mat under the whole body, a roller under the mid-back, a chair under the hips, a wall behind the back
 * or where the hands reach, a door frame where the forearm rests, a band from the hand to where it is anchored.
 */
final class Scenery {

    private static final double TABLE_TOP = 94;
    private static final double TABLE_RIGHT = 234;
    private static final double ROLLER_RADIUS = 8;
    private static final String PROP = "fill=\"#e8edf1\" stroke=\"#8d9ea9\" stroke-width=\"1.5\"";
    private static final String PROP_LINE = "fill=\"none\" stroke=\"#8d9ea9\" stroke-width=\"3\" stroke-linecap=\"round\"";
    private static final String MAT = "fill=\"#cfe3da\" stroke=\"#9cc3b2\" stroke-width=\"1\"";
    private static final String ROLLER = "fill=\"#f3d9a4\" stroke=\"#c49a4c\" stroke-width=\"1.5\"";
    private static final String TOWEL = "fill=\"#a9d3e0\" stroke=\"#6fa9bc\" stroke-width=\"1\"";
    private static final String TOWEL_LINE = "fill=\"none\" stroke=\"#6fa9bc\" stroke-width=\"4\" stroke-linecap=\"round\"";
    private static final String BAND = "fill=\"none\" stroke=\"#d9822b\" stroke-width=\"1.6\" stroke-linecap=\"round\"";
    private static final String WEIGHT = "fill=\"#5f6f7a\" stroke=\"#3e4a52\" stroke-width=\"1\"";
    private static final String WEIGHT_END = "fill=\"#c8d0d5\" stroke=\"none\"";

    private final Set<Prop> props;
    private final Skeleton first;
    private final Skeleton last;
    private final double matLeft;
    private final double matRight;
    private final double wallX;
    private final boolean wallInFront;
    private final double seatY;
    private final double doorX;
    private final double tableLeft;
    private final double tableLeg;
    private final boolean towelUnderHead;
    /** Where the band is tied; null when it runs between the two hands. */
    private final Point anchor;

    private Scenery(Set<Prop> props, List<Skeleton> poses) {
        this.props = props == null || props.isEmpty() ? EnumSet.noneOf(Prop.class) : EnumSet.copyOf(props);
        this.first = poses.get(0);
        this.last = poses.get(poses.size() - 1);
        double r = Skeleton.HEAD_RADIUS;
        matLeft = Math.max(4, Math.min(min(poses, Scenery::leftmost), min(poses, s -> s.head().x() - r)) - 8);
        matRight = Math.min(236, Math.max(max(poses, Scenery::rightmost), max(poses, s -> s.head().x() + r)) + 8);
        // Hands reaching forward work against a wall in front (wall slide, wall push-up); otherwise the wall is
        // behind, touching the back of the head and the trunk (wall angels).
        double reach = Math.max(max(poses, s -> s.hand().x()), max(poses, s -> s.hand2().x()));
        wallInFront = reach > max(poses, s -> s.shoulder().x()) + 12;
        wallX = wallInFront
                ? Math.max(reach, Math.max(max(poses, s -> s.elbow().x()), max(poses, s -> s.elbow2().x()))) + 3.5
                : Math.min(min(poses, Scenery::back), min(poses, s -> s.head().x() - r - 1.5));
        seatY = max(poses, s -> s.hip().y()) + 5;
        doorX = Math.min(min(poses, s -> s.elbow().x()), min(poses, s -> s.hand().x())) - 2.5;
        // Sitting close to the desk: the knees go under the top, the legs stand clear of the feet.
        tableLeft = Math.min(first.hip().x() + 20, TABLE_RIGHT - 30);
        tableLeg = Math.min(TABLE_RIGHT - 14,
                Math.max(max(poses, s -> s.ankle().x()), max(poses, s -> s.toe().x())) + 12);
        towelUnderHead = first.head().y() + r >= 134;
        anchor = pullsApart(first, last) ? null : anchor(first.hand(), last.hand());
    }

    static Scenery of(Set<Prop> props, List<Skeleton> poses) {
        return new Scenery(props, poses);
    }

    /** Props drawn behind the figure; they do not move. */
    List<Shape> behind() {
        List<Shape> shapes = new ArrayList<>();
        if (props.contains(Prop.MAT)) {
            shapes.add(Shape.rect(MAT, matLeft, Skeleton.FLOOR - 3, matRight - matLeft, 3, 1.5));
        }
        if (props.contains(Prop.WALL)) {
            double x = wallInFront ? wallX : wallX - 6;
            shapes.add(Shape.rect(PROP, x, 4, 6, Skeleton.FLOOR - 4, 0));
        }
        if (props.contains(Prop.DOORWAY)) {
            shapes.add(Shape.rect(PROP, doorX - 8, 6, 8, Skeleton.FLOOR - 6, 1));
            shapes.add(Shape.rect(PROP, doorX - 12, 4, 16, 5, 1));
        }
        if (props.contains(Prop.TABLE)) {
            table(shapes);
        }
        if (props.contains(Prop.CHAIR)) {
            chair(shapes);
        }
        if (props.contains(Prop.FOAM_ROLLER)) {
            Point centre = new Point(first.midBack().x(), Skeleton.FLOOR - ROLLER_RADIUS);
            shapes.add(Shape.circle(ROLLER, centre, ROLLER_RADIUS));
            shapes.add(Shape.circle("fill=\"none\" stroke=\"#c49a4c\" stroke-width=\"1\"", centre, 2.5));
        }
        if (props.contains(Prop.TOWEL) && towelUnderHead) {
            shapes.add(Shape.rect(TOWEL, first.head().x() - 10, Skeleton.FLOOR - 5, 20, 5, 2));
        }
        if (props.contains(Prop.BAND) && anchor != null) {
            shapes.add(Shape.rect(PROP, anchor.x() - 2.5, anchor.y() - 5, 5, 10, 1.5));
        }
        return shapes;
    }

    /** Props held by or wrapped round the figure, drawn over it and moving with it. */
    List<Shape> inFront(Skeleton s) {
        List<Shape> shapes = new ArrayList<>();
        if (props.contains(Prop.TOWEL) && !towelUnderHead) {
            // A towel round the lower ribs, across the chest.
            Point at = s.midBack().plus((s.shoulder().x() - s.midBack().x()) * 0.35,
                    (s.shoulder().y() - s.midBack().y()) * 0.35);
            double across = Math.toDegrees(Math.atan2(-(s.shoulder().y() - s.midBack().y()),
                    s.shoulder().x() - s.midBack().x())) + 90;
            shapes.add(Shape.path(TOWEL_LINE, at.step(across, 7), at.step(across + 180, 7)));
        }
        if (props.contains(Prop.BAND)) {
            shapes.add(Shape.path(BAND, s.hand(), anchor == null ? s.hand2() : anchor));
        }
        if (props.contains(Prop.DUMBBELL)) {
            shapes.add(Shape.circle(WEIGHT, s.hand(), 4.5));
            shapes.add(Shape.circle(WEIGHT_END, s.hand(), 1.6));
        }
        return shapes;
    }

    private void chair(List<Shape> shapes) {
        double x = first.hip().x();
        double back = x - 8;
        shapes.add(Shape.path(PROP_LINE, new Point(back, seatY - 30), new Point(back, Skeleton.FLOOR)));
        shapes.add(Shape.path(PROP_LINE, new Point(back, seatY), new Point(x + 16, seatY),
                new Point(x + 16, Skeleton.FLOOR)));
    }

    private void table(List<Shape> shapes) {
        double right = TABLE_RIGHT;
        shapes.add(Shape.rect(PROP, tableLeft, TABLE_TOP, right - tableLeft, 3, 1));
        shapes.add(Shape.path(PROP_LINE, new Point(tableLeg, TABLE_TOP + 3), new Point(tableLeg, Skeleton.FLOOR)));
        shapes.add(Shape.path(PROP_LINE, new Point(right - 4, TABLE_TOP + 3), new Point(right - 4, Skeleton.FLOOR)));
        // A screen seen from the side, its top level with the eyes of the last (the corrected) pose.
        double eye = last.head().y();
        if (eye < TABLE_TOP - 16) {
            double screen = Math.min(right - 14, last.head().x() + 62);
            shapes.add(Shape.path(PROP_LINE, new Point(screen + 2, eye + 14), new Point(screen + 2, TABLE_TOP)));
            shapes.add(Shape.path(PROP_LINE, new Point(screen - 5, TABLE_TOP - 1), new Point(screen + 9,
                    TABLE_TOP - 1)));
            shapes.add(Shape.rect(PROP, screen - 1, eye - 4, 6, 22, 1));
        }
    }

    /** Hands moving in opposite directions stretch a band held between them, as in a pull-apart. */
    private static boolean pullsApart(Skeleton start, Skeleton end) {
        double dot = (end.hand().x() - start.hand().x()) * (end.hand2().x() - start.hand2().x())
                + (end.hand().y() - start.hand().y()) * (end.hand2().y() - start.hand2().y());
        return dot < 0;
    }

    /**
     * The band pulls against the way the hand works, so it is tied beyond the start position, away from the end
     * position, at the frame's edge; when the hand barely moves in side view it runs between the hands.
     */
    private static Point anchor(Point start, Point end) {
        double dx = start.x() - end.x();
        double dy = start.y() - end.y();
        double length = Math.hypot(dx, dy);
        if (length < 6) {
            return null;
        }
        dx /= length;
        dy /= length;
        double t = Double.MAX_VALUE;
        if (dx > 0) {
            t = Math.min(t, (232 - start.x()) / dx);
        } else if (dx < 0) {
            t = Math.min(t, (8 - start.x()) / dx);
        }
        if (dy > 0) {
            t = Math.min(t, (145 - start.y()) / dy);
        } else if (dy < 0) {
            t = Math.min(t, (10 - start.y()) / dy);
        }
        t = Math.max(t, 0);
        return new Point(start.x() + dx * t, start.y() + dy * t);
    }

    /** The back of the trunk: its leftmost line, half the trunk's stroke behind the spine. */
    private static double back(Skeleton s) {
        return Math.min(Math.min(s.hip().x(), s.midBack().x()), s.shoulder().x()) - 5;
    }

    private static double leftmost(Skeleton s) {
        return s.points().values().stream().mapToDouble(Point::x).min().orElseThrow();
    }

    private static double rightmost(Skeleton s) {
        return s.points().values().stream().mapToDouble(Point::x).max().orElseThrow();
    }

    private static double min(List<Skeleton> poses, ToDoubleFunction<Skeleton> f) {
        return poses.stream().mapToDouble(f).min().orElseThrow();
    }

    private static double max(List<Skeleton> poses, ToDoubleFunction<Skeleton> f) {
        return poses.stream().mapToDouble(f).max().orElseThrow();
    }
}
