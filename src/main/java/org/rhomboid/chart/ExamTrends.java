package org.rhomboid.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.rhomboid.exam.domain.ExamChoices.Movement;
import org.rhomboid.exam.domain.ExamChoices.RomUnit;
import org.rhomboid.exam.domain.ExamChoices.Side;
import org.rhomboid.exam.domain.ThoracicExam;
import org.rhomboid.outcome.TrendChart;

/**
 * Range of motion and strength over the episode's examinations, as trend series: each thoracic movement measured
 * (in the unit of its latest measurement, so degrees and % of normal are never mixed on one line), deep neck
 * flexor endurance, and the scapular stabilisers' grades. No MCID is published for these (NO-MCIC).
 */
final class ExamTrends {

    /** One examination's findings on the day it was recorded. */
    record Dated(LocalDate on, ThoracicExam exam) {}

    private static final String EXAMINED = "Date of examination";

    private ExamTrends() {
    }

    static List<TrendChart.Series> of(List<Dated> exams) {
        List<TrendChart.Series> series = new ArrayList<>();
        for (Movement movement : Movement.values()) {
            RomUnit unit = null;
            for (Dated d : exams) {
                ThoracicExam.Range r = d.exam().rom().get(movement);
                if (r != null && r.value() != null) {
                    unit = r.unit();
                }
            }
            if (unit == null) {
                continue;
            }
            RomUnit latestUnit = unit;
            List<TrendChart.Point> points = points(exams, e -> {
                ThoracicExam.Range r = e.rom().get(movement);
                return r != null && r.value() != null && r.unit() == latestUnit ? r.value() : null;
            });
            boolean percent = unit == RomUnit.PERCENT;
            series.add(new TrendChart.Series("Thoracic " + movement.label().toLowerCase()
                    + (percent ? " (% of normal)" : " (°)"), percent ? "%" : "°", points, 0,
                    ceiling(points, percent ? 100 : 60, 10), null, true, List.of(), EXAMINED,
                    percent ? "Range of motion (% of normal)" : "Range of motion (degrees)"));
        }
        List<TrendChart.Point> dnf = points(exams, e -> e.strength().deepNeckFlexorSeconds());
        if (!dnf.isEmpty()) {
            series.add(new TrendChart.Series("Deep neck flexor endurance (s)", " s", dnf, 0, ceiling(dnf, 40, 10), null,
                    true, List.of(), EXAMINED, "Hold time (seconds)"));
        }
        grades(series, exams, "Serratus anterior", e -> e.strength().serratus());
        grades(series, exams, "Lower trapezius", e -> e.strength().lowerTrapezius());
        return series;
    }

    private static void grades(List<TrendChart.Series> series, List<Dated> exams, String muscle,
                               Function<ThoracicExam, Map<Side, Integer>> grades) {
        for (Side side : List.of(Side.LEFT, Side.RIGHT)) {
            List<TrendChart.Point> points = points(exams, e -> {
                Integer grade = grades.apply(e).get(side);
                return grade == null ? null : grade.doubleValue();
            });
            if (!points.isEmpty()) {
                series.add(new TrendChart.Series(muscle + " " + side.label().toLowerCase() + " (MMT)", "/5", points,
                        0, 5, null, true, List.of(), EXAMINED, "Muscle grade (0–5)"));
            }
        }
    }

    private static List<TrendChart.Point> points(List<Dated> exams, Function<ThoracicExam, Double> value) {
        List<TrendChart.Point> points = new ArrayList<>();
        for (Dated d : exams) {
            Double v = value.apply(d.exam());
            if (v != null) {
                points.add(new TrendChart.Point(d.on(), v));
            }
        }
        return points;
    }

    /** A scale top that fits every value: at least {@code floor}, rounded up to a multiple of {@code step}. */
    private static double ceiling(List<TrendChart.Point> points, double floor, double step) {
        double max = points.stream().mapToDouble(TrendChart.Point::value).max().orElse(floor);
        return Math.max(floor, Math.ceil(max / step) * step);
    }
}
