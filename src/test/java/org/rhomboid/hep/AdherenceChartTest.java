package org.rhomboid.hep;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rhomboid.hep.domain.Adherence;
import org.rhomboid.support.Svgs;
import org.w3c.dom.Document;
import org.rhomboid.shared.domain.TestDates;

class AdherenceChartTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    @Test
    void titledWithLabelledAxesAndEveryWeekInWords() {
        Document svg = Svgs.parse(AdherenceChart.svg(List.of(
                new Adherence.Week(1, DAY, DAY.plusDays(6), 14, 12, 86),
                new Adherence.Week(2, DAY.plusDays(7), DAY.plusDays(13), 14, 7, 50)), 80, TestDates.US));
        assertThat(Svgs.own(svg, "title")).isEqualTo("Adherence by week");
        assertThat(Svgs.text(svg, "chart-title")).isEqualTo("Adherence by week");
        assertThat(Svgs.text(svg, "y-axis")).isEqualTo("Sessions done (% of prescribed)");
        assertThat(Svgs.text(svg, "x-axis")).isEqualTo("Programme week");
        assertThat(Svgs.own(svg, "desc")).contains("week 1 86%").contains("week 2 50%")
                .contains("Progression threshold 80%");
    }

    @Test
    void withoutAProgrammeStillTitledAndSaysSo() {
        Document svg = Svgs.parse(AdherenceChart.svg(List.of(), 80, TestDates.US));
        assertThat(Svgs.own(svg, "title")).isEqualTo("Adherence by week");
        assertThat(Svgs.own(svg, "desc")).contains("no programme yet");
        assertThat(Svgs.text(svg, "y-axis")).isNotBlank();
    }
}
