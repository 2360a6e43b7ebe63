package org.rhomboid.exercise.domain;

/** A point in a figure's 240 × 160 frame; y grows downwards, as in SVG. */
record Point(double x, double y) {

    /** The point {@code length} away in {@code degrees}, counter-clockwise from facing right (so 90 is up). */
    Point step(double degrees, double length) {
        double radians = Math.toRadians(degrees);
        return new Point(x + length * Math.cos(radians), y - length * Math.sin(radians));
    }

    Point plus(double dx, double dy) {
        return new Point(x + dx, y + dy);
    }

    double distance(Point other) {
        return Math.hypot(other.x - x, other.y - y);
    }
}
