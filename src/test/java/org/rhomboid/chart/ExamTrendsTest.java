package org.rhomboid.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rhomboid.exam.domain.ExamForm;
import org.rhomboid.outcome.TrendChart;
import org.rhomboid.shared.domain.TestDates;

class ExamTrendsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 10, 1);

    private static ExamTrends.Dated exam(int week, String... fields) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        for (int i = 0; i < fields.length; i += 2) {
            form.put(fields[i], List.of(fields[i + 1]));
        }
        return new ExamTrends.Dated(DAY.plusWeeks(week), new ExamForm(form).check(null).exam());
    }

    @Test
    void eachMeasuredMovementInTheUnitOfItsLatestMeasurement() {
        List<TrendChart.Series> series = ExamTrends.of(List.of(
                exam(0, "rom.ROTATION_LEFT", "30", "romUnit.ROTATION_LEFT", "DEGREES", "rom.FLEXION", "60",
                        "romUnit.FLEXION", "PERCENT"),
                exam(2, "rom.ROTATION_LEFT", "38", "romUnit.ROTATION_LEFT", "DEGREES", "rom.FLEXION", "35",
                        "romUnit.FLEXION", "DEGREES"),
                exam(4, "rom.ROTATION_LEFT", "72", "romUnit.ROTATION_LEFT", "DEGREES")));
        assertThat(series).extracting(TrendChart.Series::title)
                .containsExactly("Thoracic flexion (°)", "Thoracic rotation left (°)");
        TrendChart.Series flexion = series.get(0);
        assertThat(flexion.points()).as("the % of normal reading is not mixed with degrees")
                .containsExactly(new TrendChart.Point(DAY.plusWeeks(2), 35));
        TrendChart.Series rotation = series.get(1);
        assertThat(rotation.points()).extracting(TrendChart.Point::value).containsExactly(30.0, 38.0, 72.0);
        assertThat(rotation.max()).as("the scale fits the largest value").isEqualTo(80);
        assertThat(rotation.higherIsBetter()).isTrue();
        assertThat(rotation.mcid()).isNull();
    }

    @Test
    void enduranceAndScapularGradesPerSide() {
        List<TrendChart.Series> series = ExamTrends.of(List.of(
                exam(0, "dnf", "12", "serratus.L", "3", "lowerTrap.R", "3"),
                exam(3, "dnf", "26", "serratus.L", "4", "lowerTrap.R", "4")));
        assertThat(series).extracting(TrendChart.Series::title).containsExactly("Deep neck flexor endurance (s)",
                "Serratus anterior left (MMT)", "Lower trapezius right (MMT)");
        assertThat(series.get(0).points()).extracting(TrendChart.Point::value).containsExactly(12.0, 26.0);
        assertThat(series.get(0).max()).isEqualTo(40);
        assertThat(series.get(1).max()).isEqualTo(5);
    }

    @Test
    void nothingMeasuredNothingDrawn() {
        assertThat(ExamTrends.of(List.of(exam(0, "kyphosis", "INCREASED")))).isEmpty();
        assertThat(ExamTrends.of(List.of())).isEmpty();
    }

    /** The seven-or-so small charts on Progress each say what they show, in which unit, against what. */
    @Test
    void everyExamChartIsTitledWithItsUnitAndLabelledAxes() {
        List<TrendChart.Series> series = ExamTrends.of(List.of(
                exam(0, "rom.ROTATION_LEFT", "30", "romUnit.ROTATION_LEFT", "DEGREES", "rom.FLEXION", "60",
                        "romUnit.FLEXION", "PERCENT", "dnf", "12", "serratus.L", "3"),
                exam(2, "rom.ROTATION_LEFT", "38", "romUnit.ROTATION_LEFT", "DEGREES", "dnf", "20")));
        assertThat(series).extracting(TrendChart.Series::yAxis).containsExactly("Range of motion (% of normal)",
                "Range of motion (degrees)", "Hold time (seconds)", "Muscle grade (0–5)");
        for (TrendChart.Series s : series) {
            org.w3c.dom.Document svg = org.rhomboid.support.Svgs.parse(TrendChart.svg(s, TestDates.US));
            assertThat(org.rhomboid.support.Svgs.own(svg, "title")).isEqualTo(s.title());
            assertThat(org.rhomboid.support.Svgs.text(svg, "x-axis")).isEqualTo("Date of examination");
            assertThat(org.rhomboid.support.Svgs.text(svg, "y-axis")).isEqualTo(s.yAxis());
            assertThat(org.rhomboid.support.Svgs.own(svg, "desc")).contains("Results:");
        }
    }
}
