package org.rhomboid.exercise.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One SVG element of a figure: geometry attributes, which an animation varies frame by frame, and fixed presentation
 * attributes. Presentation is written as attributes rather than CSS so that Batik (the PDF handout) draws it too.
 */
record Shape(String tag, Map<String, String> geometry, String presentation) {

    Shape {
        geometry = new LinkedHashMap<>(geometry);
    }

    static Shape path(String presentation, Point first, Point... rest) {
        StringBuilder d = new StringBuilder("M").append(xy(first));
        for (Point p : rest) {
            d.append(" L").append(xy(p));
        }
        return new Shape("path", Map.of("d", d.toString()), presentation);
    }

    /** A smooth curve from {@code from} through {@code via} to {@code to}: a quadratic Bézier whose middle is via. */
    static Shape curve(String presentation, Point from, Point via, Point to) {
        Point control = new Point(2 * via.x() - (from.x() + to.x()) / 2, 2 * via.y() - (from.y() + to.y()) / 2);
        return new Shape("path", Map.of("d", "M" + xy(from) + " Q" + xy(control) + " " + xy(to)), presentation);
    }

    static Shape circle(String presentation, Point centre, double radius) {
        Map<String, String> g = new LinkedHashMap<>();
        g.put("cx", number(centre.x()));
        g.put("cy", number(centre.y()));
        g.put("r", number(radius));
        return new Shape("circle", g, presentation);
    }

    static Shape rect(String presentation, double x, double y, double width, double height, double radius) {
        Map<String, String> g = new LinkedHashMap<>();
        g.put("x", number(x));
        g.put("y", number(y));
        g.put("width", number(width));
        g.put("height", number(height));
        g.put("rx", number(radius));
        return new Shape("rect", g, presentation);
    }

    String svg() {
        return open() + "/>";
    }

    /**
     * This element with an {@code <animate>} for each geometry attribute that changes across {@code frames} (this
     * shape in every frame, first to last, in the same order of elements); constant attributes stay plain.
     */
    static String animated(List<Shape> frames, String duration) {
        Shape first = frames.get(0);
        StringBuilder out = new StringBuilder(first.open()).append('>');
        for (String attribute : first.geometry.keySet()) {
            List<String> values = frames.stream().map(s -> s.geometry.get(attribute)).toList();
            if (values.stream().distinct().count() > 1) {
                out.append("<animate attributeName=\"").append(attribute).append("\" dur=\"").append(duration)
                        .append("\" repeatCount=\"indefinite\" calcMode=\"linear\" values=\"")
                        .append(String.join(";", values)).append("\"/>");
            }
        }
        return out.append("</").append(first.tag).append('>').toString();
    }

    private String open() {
        StringBuilder out = new StringBuilder("<").append(tag);
        geometry.forEach((k, v) -> out.append(' ').append(k).append("=\"").append(v).append('"'));
        return out.append(' ').append(presentation).toString();
    }

    static String xy(Point p) {
        return number(p.x()) + " " + number(p.y());
    }

    /** One decimal, no trailing ".0", never "-0", whatever the locale. */
    static String number(double value) {
        long tenths = Math.round(value * 10);
        if (tenths == 0) {
            return "0";
        }
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : Double.toString(tenths / 10.0);
    }
}
