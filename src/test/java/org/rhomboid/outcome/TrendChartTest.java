package org.rhomboid.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rhomboid.support.Svgs;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.rhomboid.shared.domain.TestDates;

class TrendChartTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    private static TrendChart.Series ndi(List<TrendChart.Point> points, List<TrendChart.Target> targets) {
        return new TrendChart.Series("Neck Disability Index (%)", "%", points, 0, 100, 10.0, false, targets);
    }

    @Test
    void drawsEachResultTheMcidBandAndGoalTargets() {
        String svg = TrendChart.svg(ndi(List.of(new TrendChart.Point(DAY, 40), new TrendChart.Point(DAY.plusDays(14), 24)),
                List.of(new TrendChart.Target(20, "Goal ≤ 20 by Dec 14"))), TestDates.US);
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").endsWith("</svg>");
        assertThat(svg.split("<circle").length - 1).isEqualTo(2);
        assertThat(svg).contains("class=\"mcid-band\"").contains("Within one MCID (10%) of the baseline")
                .contains("Goal ≤ 20 by Dec 14").contains("stroke-dasharray")
                .contains("role=\"img\"").contains("Neck Disability Index (%): 40% on Nov 2, 24% on Nov 16 (2 results, lower is better)");
        // The band spans baseline ± MCID: 30–50 % on a 0–100 scale 206 px high, from y = 40 (under the title).
        assertThat(svg).contains("y=\"143\"").contains("height=\"41.2\"");
    }

    @Test
    void theValueAxisIsCutIntoWholeSteps() {
        assertThat(TrendChart.steps(5)).isEqualTo(5);
        assertThat(TrendChart.steps(10)).isEqualTo(5);
        assertThat(TrendChart.steps(100)).isEqualTo(4);
        assertThat(TrendChart.steps(0.5)).isEqualTo(4);
        String grades = TrendChart.svg(new TrendChart.Series("Lower trapezius left (MMT)", "/5",
                List.of(new TrendChart.Point(DAY, 3)), 0, 5, null, true, List.of()), TestDates.US);
        assertThat(grades).contains(">4<").doesNotContain("1.25").doesNotContain("3.75");
    }

    @Test
    void earlierDatesAreFurtherLeftAndHigherValuesHigherUp() {
        String svg = TrendChart.svg(ndi(List.of(new TrendChart.Point(DAY, 40), new TrendChart.Point(DAY.plusDays(7), 60)),
                List.of()), TestDates.US);
        assertThat(svg).contains("d=\"M82 163.6 L524 122.4\"");
    }

    @Test
    void withoutResultsItSaysSoAndEscapesText() {
        String svg = TrendChart.svg(new TrendChart.Series("Pain <NPRS> & more", "", List.of(), 0, 10, null, false,
                List.of()), TestDates.US);
        assertThat(svg).contains("No results yet").contains("Pain &lt;NPRS&gt; &amp; more").doesNotContain("<NPRS>")
                .doesNotContain("mcid-band");
    }

    @Test
    void sameDayResultsStayVisibleSideBySide() {
        String svg = TrendChart.svg(ndi(List.of(new TrendChart.Point(DAY, 40), new TrendChart.Point(DAY, 30)), List.of()), TestDates.US);
        assertThat(svg).contains("d=\"M82 163.6 L524 184.2\"");
    }

    @Test
    void everyChartHasATitleLabelledAxesWithUnitsAndTheResultsInWords() {
        TrendChart.Series flexion = new TrendChart.Series("Thoracic flexion (°)", "°",
                List.of(new TrendChart.Point(DAY, 30), new TrendChart.Point(DAY.plusDays(21), 42)), 0, 60, null, true,
                List.of(), "Date of examination", "Range of motion (degrees)");
        Document svg = Svgs.parse(TrendChart.svg(flexion, TestDates.US));
        assertThat(Svgs.own(svg, "title")).isEqualTo("Thoracic flexion (°)");
        assertThat(Svgs.text(svg, "chart-title")).as("drawn, not only announced").isEqualTo("Thoracic flexion (°)");
        assertThat(Svgs.text(svg, "y-axis")).isEqualTo("Range of motion (degrees)");
        assertThat(Svgs.text(svg, "x-axis")).isEqualTo("Date of examination");
        assertThat(Svgs.own(svg, "desc")).contains("Range of motion (degrees) by date of examination, from 0 to 60")
                .contains("higher is better").contains("Results: Nov 2 30°; Nov 23 42°.");

        Document captioned = Svgs.parse(TrendChart.svg(flexion, false, TestDates.US));
        assertThat(Svgs.text(captioned, "chart-title")).as("a PDF prints the title as text above").isNull();
        assertThat(Svgs.own(captioned, "title")).isEqualTo("Thoracic flexion (°)");
        assertThat(Svgs.text(captioned, "y-axis")).isEqualTo("Range of motion (degrees)");

        Document empty = Svgs.parse(TrendChart.svg(new TrendChart.Series("Pain reported at home", "/10", List.of(), 0,
                10, 2.0, false, List.of(), "Date logged", "Worst pain of the day (0–10)"), TestDates.US));
        assertThat(Svgs.own(empty, "desc")).endsWith("No results yet.");
        assertThat(Svgs.text(empty, "y-axis")).isEqualTo("Worst pain of the day (0–10)");
    }

    /** Wherever the last result falls, the goal's label covers neither its marker nor any other result's. */
    @Test
    void theGoalLabelNeverCoversAResult() {
        for (double last : new double[] {20, 18, 22, 26, 14, 30}) {
            for (double first : new double[] {40, 20, 22}) {
                Document svg = Svgs.parse(TrendChart.svg(ndi(List.of(new TrendChart.Point(DAY, first),
                        new TrendChart.Point(DAY.plusDays(14), last)), List.of(new TrendChart.Target(20,
                        "Goal ≤ 20 by Dec 14"))), TestDates.US));
                Element label = Svgs.withClass(svg, "text", "target-label").get(0);
                double x = Svgs.number(label, "x");
                double y = Svgs.number(label, "y");
                double width = label.getTextContent().length() * TrendChart.CHAR_WIDTH;
                double left = label.getAttribute("text-anchor").equals("end") ? x - width : x;
                for (Element dot : Svgs.withClass(svg, "circle", "dot")) {
                    double cx = Svgs.number(dot, "cx");
                    double cy = Svgs.number(dot, "cy");
                    double r = Svgs.number(dot, "r");
                    boolean overlaps = cx + r > left && cx - r < left + width && cy + r > y - 11 && cy - r < y + 3;
                    assertThat(overlaps).as("goal label at (%s, %s) over the result at (%s, %s), first %s last %s",
                            x, y, cx, cy, first, last).isFalse();
                }
            }
        }
    }
}
