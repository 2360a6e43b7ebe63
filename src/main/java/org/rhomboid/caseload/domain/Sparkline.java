package org.rhomboid.caseload.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * A tiny picture of the pain trend: the points of an SVG polyline over a window of days, pain 0 at the bottom and
 * 10 at the top. Days without a score are skipped (the line joins the days logged).
 */
public final class Sparkline {

    private Sparkline() {
    }

    /**
     * @param from  the window's first day (x = 0)
     * @param days  the window's length in days (the last day is at x = width)
     */
    public static String points(List<Caseload.PainPoint> pain, LocalDate from, int days, int width, int height) {
        StringBuilder points = new StringBuilder();
        double step = days <= 1 ? 0 : (double) width / (days - 1);
        for (Caseload.PainPoint p : pain) {
            long day = ChronoUnit.DAYS.between(from, p.date());
            if (day < 0 || day >= days) {
                continue;
            }
            int score = Math.max(0, Math.min(10, p.score()));
            double x = day * step;
            double y = height - (double) score * height / 10;
            if (points.length() > 0) {
                points.append(' ');
            }
            points.append(String.format(Locale.ROOT, "%.1f,%.1f", x, y));
        }
        return points.toString();
    }
}
