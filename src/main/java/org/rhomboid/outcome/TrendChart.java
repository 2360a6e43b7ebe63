package org.rhomboid.outcome;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * A measure's trend over an episode as a self-contained SVG: the results joined in date order, the band within
 * one MCID of the baseline (change inside it is not yet clinically important), and the goal targets as dashed
 * lines. Plain Java and plain SVG, so the same drawing serves the chart page and, later, PDFs.
 */
public final class TrendChart {

    public record Point(LocalDate date, double value) {}

    public record Target(double value, String label) {}

    /**
     * @param min, max     the scale drawn (0–10, 0–100 %)
     * @param mcid         null when the measure has none
     */
    public record Series(String title, String unit, List<Point> points, double min, double max, Double mcid,
                         boolean higherIsBetter, List<Target> targets) {}

    private static final int WIDTH = 560;
    private static final int HEIGHT = 260;
    private static final int LEFT = 48;
    private static final int RIGHT = 16;
    private static final int TOP = 16;
    private static final int BOTTOM = 36;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);

    private TrendChart() {
    }

    public static String svg(Series s) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"trend\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" role=\"img\" aria-label=\"").append(escape(summary(s))).append("\">");
        svg.append("<title>").append(escape(summary(s))).append("</title>");
        // Gridlines and the scale: five steps.
        for (int i = 0; i <= 4; i++) {
            double value = s.min() + (s.max() - s.min()) * i / 4;
            double y = y(s, value);
            svg.append(line(LEFT, y, WIDTH - RIGHT, y, "grid"));
            svg.append(text(LEFT - 6, y + 4, number(value), "axis end"));
        }
        if (s.points().isEmpty()) {
            return svg.append(text(WIDTH / 2.0, HEIGHT / 2.0, "No results yet", "axis middle")).append("</svg>").toString();
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
        for (Target target : s.targets()) {
            double y = y(s, clamp(s, target.value()));
            svg.append(line(LEFT, y, WIDTH - RIGHT, y, "target"));
            svg.append(text(WIDTH - RIGHT - 4, y - 4, target.label(), "target-label end"));
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
            svg.append("<circle class=\"dot\" fill=\"#0f766e\" cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y)).append("\" r=\"5\"><title>")
                    .append(escape(DAY.format(p.date()) + ": " + number(p.value()) + s.unit())).append("</title></circle>");
            svg.append(text(x, y - 10, number(p.value()), "value middle"));
            svg.append(text(x, HEIGHT - 12, DAY.format(p.date()), "axis middle"));
        }
        return svg.append("</svg>").toString();
    }

    /** The picture in words, for screen readers and the tooltip. */
    static String summary(Series s) {
        if (s.points().isEmpty()) {
            return s.title() + ": no results yet";
        }
        Point first = s.points().get(0);
        Point last = s.points().get(s.points().size() - 1);
        return s.title() + ": " + number(first.value()) + s.unit() + " on " + DAY.format(first.date()) + ", "
                + number(last.value()) + s.unit() + " on " + DAY.format(last.date()) + " ("
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

    static String number(double v) {
        return BigDecimal.valueOf(v).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
