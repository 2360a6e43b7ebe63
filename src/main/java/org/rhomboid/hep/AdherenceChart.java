package org.rhomboid.hep;

import java.util.List;
import java.util.Locale;
import org.rhomboid.hep.domain.Adherence;
import org.rhomboid.shared.domain.DateWords;

/**
 * Adherence by programme week as bars (0–100 %), with the clinic's progression threshold as a dashed line so the
 * therapist sees at a glance whether the patient is keeping up. Titled (drawn and as {@code <title>}), both axes
 * labelled, every week in words in {@code <desc>}. Plain SVG for the chart page and PDFs.
 */
final class AdherenceChart {

    private static final int WIDTH = 560;
    private static final int HEIGHT = 270;
    private static final int LEFT = 62;
    private static final int RIGHT = 12;
    private static final int TOP = 40;
    private static final int BOTTOM = 54;
    static final String TITLE = "Adherence by week";

    private AdherenceChart() {
    }

    static String svg(List<Adherence.Week> weeks, int threshold, DateWords words) {
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"trend adherence\""
                + " viewBox=\"0 0 " + WIDTH + " " + HEIGHT + "\" role=\"img\" aria-label=\"" + summary(weeks) + "\">");
        svg.append("<title>").append(TITLE).append("</title>");
        svg.append("<desc>").append(summary(weeks)).append(". Progression threshold ").append(threshold)
                .append("%.</desc>");
        svg.append(String.format(Locale.ROOT, "<text class=\"chart-title\" x=\"%d\" y=\"20\" font-size=\"14\""
                + " font-weight=\"bold\" fill=\"#1e293b\">%s</text>", LEFT, TITLE));
        double middle = TOP + (HEIGHT - TOP - BOTTOM) / 2.0;
        svg.append(String.format(Locale.ROOT, "<text class=\"axis-label y-axis\" x=\"16\" y=\"%.1f\""
                + " transform=\"rotate(-90 16 %.1f)\" text-anchor=\"middle\" font-size=\"12\" fill=\"#334155\">"
                + "Sessions done (%% of prescribed)</text>", middle, middle));
        svg.append(String.format(Locale.ROOT, "<text class=\"axis-label x-axis\" x=\"%.1f\" y=\"%d\""
                + " text-anchor=\"middle\" font-size=\"12\" fill=\"#334155\">Programme week</text>",
                LEFT + (WIDTH - LEFT - RIGHT) / 2.0, HEIGHT - 8));
        for (int p = 0; p <= 100; p += 25) {
            double y = y(p);
            svg.append(String.format(Locale.ROOT, "<line class=\"grid\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\""
                    + " stroke=\"#e2e8f0\"/>", LEFT, y, WIDTH - RIGHT, y));
            svg.append(String.format(Locale.ROOT, "<text class=\"axis\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\""
                    + " font-size=\"11\" fill=\"#64748b\">%d%%</text>", LEFT - 6, y + 4, p));
        }
        if (weeks.isEmpty()) {
            return svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"13\""
                    + " fill=\"#64748b\">No programme yet</text></svg>", WIDTH / 2, (int) middle)).toString();
        }
        double slot = (WIDTH - LEFT - RIGHT) / (double) weeks.size();
        double bar = Math.min(48, slot * 0.6);
        for (int i = 0; i < weeks.size(); i++) {
            Adherence.Week week = weeks.get(i);
            double x = LEFT + slot * i + (slot - bar) / 2;
            int percent = week.percent() == null ? 0 : week.percent();
            String fill = week.percent() == null ? "#cbd5e1" : percent >= threshold ? "#0f766e" : "#f59e0b";
            svg.append(String.format(Locale.ROOT, "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\""
                            + " height=\"%.1f\" rx=\"3\" fill=\"%s\"><title>Week %d (%s–%s): %s</title></rect>",
                    x, y(percent), bar, y(0) - y(percent), fill, week.number(), words.monthDay(week.start()),
                    words.monthDay(week.end()), week.percent() == null ? "nothing prescribed" : percent + "%"));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"11\""
                    + " fill=\"#334155\">%s</text>", x + bar / 2, y(percent) - 4,
                    week.percent() == null ? "" : percent + "%"));
            svg.append(String.format(Locale.ROOT, "<text class=\"axis\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\""
                    + " font-size=\"11\" fill=\"#64748b\">Wk %d</text>", x + bar / 2, HEIGHT - BOTTOM + 16,
                    week.number()));
        }
        double t = y(threshold);
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#0f766e\""
                + " stroke-dasharray=\"5 4\"><title>Progression threshold %d%%</title></line>", LEFT, t,
                WIDTH - RIGHT, t, threshold));
        return svg.append("</svg>").toString();
    }

    private static String summary(List<Adherence.Week> weeks) {
        if (weeks.isEmpty()) {
            return "Adherence by week: no programme yet";
        }
        StringBuilder out = new StringBuilder("Adherence by week:");
        for (Adherence.Week w : weeks) {
            out.append(" week ").append(w.number()).append(' ')
                    .append(w.percent() == null ? "nothing prescribed" : w.percent() + "%").append(';');
        }
        return out.substring(0, out.length() - 1);
    }

    private static double y(int percent) {
        return TOP + (HEIGHT - TOP - BOTTOM) * (100 - percent) / 100.0;
    }
}
