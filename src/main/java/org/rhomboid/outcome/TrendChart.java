package org.rhomboid.outcome;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rhomboid.shared.domain.DateWords;

/**
 * A measure's trend over an episode as a self-contained SVG: the results joined in date order, the band within
 * one MCID of the baseline (change inside it is not yet clinically important), and the goal targets as dashed
 * lines. Every chart carries its title (drawn, and as {@code <title>}), both axes labelled with their unit, and a
 * {@code <desc>} listing every result in words (the text alternative for screen readers). A goal's label is put
 * where it covers no result. Plain Java and plain SVG, so the same drawing serves the pages and the PDFs.
 */
public final class TrendChart {

    public record Point(LocalDate date, double value) {}

    public record Target(double value, String label) {}

    /**
     * @param min, max     the scale drawn (0–10, 0–100 %)
     * @param mcid         null when the measure has none
     */
    public record Series(String title, String unit, List<Point> points, double min, double max, Double mcid,
                         boolean higherIsBetter, List<Target> targets, String xAxis, String yAxis) {

        /** With the axes named generically: "Date", and "Value" with the unit. */
        public Series(String title, String unit, List<Point> points, double min, double max, Double mcid,
                      boolean higherIsBetter, List<Target> targets) {
            this(title, unit, points, min, max, mcid, higherIsBetter, targets, "Date",
                    unit.isBlank() ? "Value" : "Value (" + unit.strip() + ")");
        }
    }

    /** A box in the drawing's coordinates, to keep labels off the results. */
    record Box(double left, double top, double right, double bottom) {
        boolean intersects(Box other) {
            return left < other.right && other.left < right && top < other.bottom && other.top < bottom;
        }
    }

    static final int WIDTH = 560;
    static final int HEIGHT = 300;
    private static final int LEFT = 62;
    private static final int RIGHT = 16;
    private static final int TOP = 40;
    private static final int BOTTOM = 54;
    static final int DOT_RADIUS = 5;
    /** Average advance of a 12 px sans-serif character, generous so an estimated box covers the drawn text. */
    static final double CHAR_WIDTH = 7.0;

    private TrendChart() {
    }

    /** How many steps the value axis is cut into: the first of 4, 5, 6 or 3 giving whole numbers, else 4. */
    static int steps(double range) {
        for (int steps : new int[] {4, 5, 6, 3}) {
            double step = range / steps;
            if (step > 0 && Math.abs(step - Math.rint(step)) < 1e-9) {
                return steps;
            }
        }
        return 4;
    }

    public static String svg(Series s, DateWords words) {
        return svg(s, true, words);
    }

    /**
     * The drawing; {@code drawTitle} false where the document prints the title as text above it (the PDFs'
     * chart captions, which a reader can search and copy) — the {@code <title>} and {@code <desc>} stay.
     */
    public static String svg(Series s, boolean drawTitle, DateWords words) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"trend\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" role=\"img\" aria-label=\"").append(escape(summary(s, words))).append("\">");
        svg.append("<title>").append(escape(s.title())).append("</title>");
        svg.append("<desc>").append(escape(description(s, words))).append("</desc>");
        if (drawTitle) {
            svg.append("<text class=\"chart-title\" x=\"").append(LEFT).append("\" y=\"20\" text-anchor=\"start\""
                    + " font-size=\"14\" font-weight=\"bold\" font-family=\"system-ui, sans-serif\" fill=\"#1e293b\">")
                    .append(escape(s.title())).append("</text>");
        }
        // Axis names with their units: the value axis turned along its side, the dates under their ticks.
        double middle = TOP + (HEIGHT - TOP - BOTTOM) / 2.0;
        svg.append("<text class=\"axis-label y-axis\" x=\"16\" y=\"").append(fmt(middle))
                .append("\" transform=\"rotate(-90 16 ").append(fmt(middle)).append(")\" text-anchor=\"middle\""
                        + " font-size=\"12\" font-family=\"system-ui, sans-serif\" fill=\"#334155\">")
                .append(escape(s.yAxis())).append("</text>");
        svg.append("<text class=\"axis-label x-axis\" x=\"").append(fmt(LEFT + (WIDTH - LEFT - RIGHT) / 2.0))
                .append("\" y=\"").append(HEIGHT - 8).append("\" text-anchor=\"middle\" font-size=\"12\""
                        + " font-family=\"system-ui, sans-serif\" fill=\"#334155\">")
                .append(escape(s.xAxis())).append("</text>");
        // Gridlines and the scale in whole steps where the range allows (0–5 by 1, 0–10 by 2), never 1.25.
        int steps = steps(s.max() - s.min());
        for (int i = 0; i <= steps; i++) {
            double value = s.min() + (s.max() - s.min()) * i / steps;
            double y = y(s, value);
            svg.append(line(LEFT, y, WIDTH - RIGHT, y, "grid"));
            svg.append(text(LEFT - 6, y + 4, number(value), "axis end"));
        }
        if (s.points().isEmpty()) {
            return svg.append(text(WIDTH / 2.0, middle, "No results yet", "axis middle")).append("</svg>").toString();
        }
        Point baseline = s.points().get(0);
        if (s.mcid() != null && s.mcid() > 0) {
            double a = clamp(s, baseline.value() - s.mcid());
            double b = clamp(s, baseline.value() + s.mcid());
            svg.append("<rect class=\"mcid-band\" fill=\"#ccfbf1\" fill-opacity=\"0.7\" x=\"").append(LEFT).append("\" y=\"").append(fmt(y(s, b)))
                    .append("\" width=\"").append(WIDTH - LEFT - RIGHT).append("\" height=\"")
                    .append(fmt(y(s, a) - y(s, b))).append("\"><title>Within one MCID (")
                    .append(number(s.mcid())).append(escape(s.unit())).append(") of the baseline</title></rect>");
        }
        // What a goal's label must not cover: every result's marker and its value.
        List<Box> taken = new ArrayList<>();
        for (int i = 0; i < s.points().size(); i++) {
            double x = x(s, i);
            double y = y(s, s.points().get(i).value());
            taken.add(new Box(x - DOT_RADIUS - 2, y - DOT_RADIUS - 2, x + DOT_RADIUS + 2, y + DOT_RADIUS + 2));
            taken.add(textBox(x, y - 10, number(s.points().get(i).value()), "middle"));
        }
        for (Target target : s.targets()) {
            double y = y(s, clamp(s, target.value()));
            svg.append(line(LEFT, y, WIDTH - RIGHT, y, "target"));
            double[] place = labelPlace(target.label(), y, taken);
            String anchor = place[2] > 0 ? "end" : "start";
            taken.add(textBox(place[0], place[1], target.label(), anchor));
            svg.append(text(place[0], place[1], target.label(), "target-label " + anchor));
        }
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < s.points().size(); i++) {
            path.append(i == 0 ? "M" : " L").append(fmt(x(s, i))).append(' ').append(fmt(y(s, s.points().get(i).value())));
        }
        svg.append("<path class=\"series\" fill=\"none\" stroke=\"#0f766e\" stroke-width=\"2.5\" d=\"").append(path)
                .append("\"/>");
        for (int i = 0; i < s.points().size(); i++) {
            Point p = s.points().get(i);
            double x = x(s, i);
            double y = y(s, p.value());
            svg.append("<circle class=\"dot\" fill=\"#0f766e\" cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y))
                    .append("\" r=\"").append(DOT_RADIUS).append("\"><title>")
                    .append(escape(words.monthDay(p.date()) + ": " + number(p.value()) + s.unit())).append("</title></circle>");
            svg.append(text(x, y - 10, number(p.value()), "value middle"));
            svg.append(text(x, HEIGHT - 30, words.monthDay(p.date()), "axis middle"));
        }
        return svg.append("</svg>").toString();
    }

    /**
     * Where a goal's label goes: above its line at the right end, else below it, else at the left end above or
     * below, else higher above — the first place that covers no result, no value and no other label.
     * {x, baseline, 1 for end-anchored}.
     */
    private static double[] labelPlace(String label, double lineY, List<Box> taken) {
        double right = WIDTH - RIGHT - 4;
        double left = LEFT + 4;
        double[][] candidates = {{right, lineY - 4, 1}, {right, lineY + 20, 1}, {left, lineY - 4, 0},
                {left, lineY + 20, 0}, {right, lineY - 24, 1}, {left, lineY - 24, 0}};
        for (double[] c : candidates) {
            Box box = textBox(c[0], c[1], label, c[2] > 0 ? "end" : "start");
            if (taken.stream().noneMatch(box::intersects)) {
                return c;
            }
        }
        return candidates[0];
    }

    /** The estimated box of 12 px text drawn at (x, baseline) with the anchor. */
    static Box textBox(double x, double baseline, String content, String anchor) {
        double width = content.length() * CHAR_WIDTH;
        double left = switch (anchor) {
            case "end" -> x - width;
            case "middle" -> x - width / 2;
            default -> x;
        };
        return new Box(left, baseline - 11, left + width, baseline + 3);
    }

    /** Every result in words, oldest first, with the goals: the text alternative of the drawing. */
    static String description(Series s, DateWords words) {
        StringBuilder out = new StringBuilder(s.title()).append(". ").append(s.yAxis()).append(" by ")
                .append(s.xAxis().toLowerCase(Locale.ENGLISH)).append(", from ").append(number(s.min()))
                .append(" to ").append(number(s.max())).append(s.higherIsBetter() ? "; higher" : "; lower")
                .append(" is better.");
        if (s.points().isEmpty()) {
            return out.append(" No results yet.").toString();
        }
        out.append(" Results:");
        for (int i = 0; i < s.points().size(); i++) {
            Point p = s.points().get(i);
            out.append(i == 0 ? " " : "; ").append(words.monthDay(p.date())).append(' ').append(number(p.value()))
                    .append(s.unit());
        }
        out.append('.');
        for (Target target : s.targets()) {
            out.append(' ').append(target.label()).append('.');
        }
        return out.toString();
    }

    /** The picture in words, for screen readers and the tooltip. */
    static String summary(Series s, DateWords words) {
        if (s.points().isEmpty()) {
            return s.title() + ": no results yet";
        }
        Point first = s.points().get(0);
        Point last = s.points().get(s.points().size() - 1);
        return s.title() + ": " + number(first.value()) + s.unit() + " on " + words.monthDay(first.date()) + ", "
                + number(last.value()) + s.unit() + " on " + words.monthDay(last.date()) + " ("
                + s.points().size() + (s.points().size() == 1 ? " result" : " results") + ", "
                + (s.higherIsBetter() ? "higher" : "lower") + " is better)";
    }

    /** Position by date; when every result is from one day, spread evenly so each stays visible. */
    private static double x(Series s, int index) {
        LocalDate first = s.points().get(0).date();
        LocalDate last = s.points().get(s.points().size() - 1).date();
        long span = ChronoUnit.DAYS.between(first, last);
        double inner = WIDTH - LEFT - RIGHT - 40;
        if (span == 0) {
            return s.points().size() == 1 ? LEFT + 20 + inner / 2 : LEFT + 20 + inner * index / (s.points().size() - 1);
        }
        return LEFT + 20 + inner * ChronoUnit.DAYS.between(first, s.points().get(index).date()) / span;
    }

    private static double y(Series s, double value) {
        double inner = HEIGHT - TOP - BOTTOM;
        return TOP + inner * (s.max() - value) / (s.max() - s.min());
    }

    private static double clamp(Series s, double value) {
        return Math.max(s.min(), Math.min(s.max(), value));
    }

    /** Presentation attributes rather than CSS, so the SVG looks the same in a page (under its CSP) and a PDF. */
    private static String line(double x1, double y1, double x2, double y2, String css) {
        String look = css.equals("target") ? " stroke=\"#b45309\" stroke-width=\"2\" stroke-dasharray=\"6 4\""
                                           : " stroke=\"#e2e8f0\" stroke-width=\"1\"";
        return "<line class=\"" + css + "\" x1=\"" + fmt(x1) + "\" y1=\"" + fmt(y1) + "\" x2=\"" + fmt(x2) + "\" y2=\""
                + fmt(y2) + "\"" + look + "/>";
    }

    private static String text(double x, double y, String content, String css) {
        String anchor = css.endsWith("end") ? "end" : css.endsWith("middle") ? "middle" : "start";
        String fill = css.startsWith("target") ? "#b45309" : css.startsWith("value") ? "#0f766e" : "#64748b";
        return "<text class=\"" + css + "\" x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" text-anchor=\"" + anchor
                + "\" font-size=\"12\" font-family=\"system-ui, sans-serif\" fill=\"" + fill + "\">" + escape(content)
                + "</text>";
    }

    private static String fmt(double v) {
        return BigDecimal.valueOf(Math.round(v * 10) / 10.0).stripTrailingZeros().toPlainString();
    }

    /** A value as printed on the charts: at most two decimals, no trailing zeros. */
    public static String number(double v) {
        return BigDecimal.valueOf(v).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
