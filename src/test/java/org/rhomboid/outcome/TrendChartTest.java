package org.rhomboid.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrendChartTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    private static TrendChart.Series ndi(List<TrendChart.Point> points, List<TrendChart.Target> targets) {
        return new TrendChart.Series("Neck Disability Index (%)", "%", points, 0, 100, 10.0, false, targets);
    }

    @Test
    void drawsEachResultTheMcidBandAndGoalTargets() {
        String svg = TrendChart.svg(ndi(List.of(new TrendChart.Point(DAY, 40), new TrendChart.Point(DAY.plusDays(14), 24)),
                List.of(new TrendChart.Target(20, "Goal ≤ 20 by Dec 14"))));
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").endsWith("</svg>");
        assertThat(svg.split("<circle").length - 1).isEqualTo(2);
        assertThat(svg).contains("class=\"mcid-band\"").contains("Within one MCID (10%) of the baseline")
                .contains("Goal ≤ 20 by Dec 14").contains("stroke-dasharray")
                .contains("role=\"img\"").contains("Neck Disability Index (%): 40% on Nov 2, 24% on Nov 16 (2 results, lower is better)");
        // The band spans baseline ± MCID: 30–50 % on a 0–100 scale 208 px high, from y = 16.
        assertThat(svg).contains("y=\"120\"").contains("height=\"41.6\"");
    }

    @Test
    void earlierDatesAreFurtherLeftAndHigherValuesHigherUp() {
        String svg = TrendChart.svg(ndi(List.of(new TrendChart.Point(DAY, 40), new TrendChart.Point(DAY.plusDays(7), 60)),
                List.of()));
        assertThat(svg).contains("d=\"M68 140.8 L524 99.2\"");
    }

    @Test
    void withoutResultsItSaysSoAndEscapesText() {
        String svg = TrendChart.svg(new TrendChart.Series("Pain <NPRS> & more", "", List.of(), 0, 10, null, false,
                List.of()));
        assertThat(svg).contains("No results yet").contains("Pain &lt;NPRS&gt; &amp; more").doesNotContain("<NPRS>")
                .doesNotContain("mcid-band");
    }

    @Test
    void sameDayResultsStayVisibleSideBySide() {
        String svg = TrendChart.svg(ndi(List.of(new TrendChart.Point(DAY, 40), new TrendChart.Point(DAY, 30)), List.of()));
        assertThat(svg).contains("d=\"M68 140.8 L524 161.6\"");
    }
}
