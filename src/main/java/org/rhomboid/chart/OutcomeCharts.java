package org.rhomboid.chart;

import java.math.BigDecimal;
import java.util.List;
import org.rhomboid.outcome.OutcomeResult;
import org.rhomboid.outcome.TrendChart;
import org.rhomboid.outcome.domain.OutcomeInstrument;
import org.rhomboid.plan.StoredGoal;
import org.rhomboid.shared.domain.DateWords;

/** One measure's trend chart with its MCID band and the plan's goal targets: for the progress page and PDFs. */
public final class OutcomeCharts {

    private OutcomeCharts() {
    }

    /** The SVG of the instrument's results (oldest first), with the goals set on the same measure. */
    public static String svg(OutcomeInstrument instrument, List<OutcomeResult> results, List<StoredGoal> goals,
                             DateWords words) {
        return TrendChart.svg(series(instrument, results, goals, words), words);
    }

    /** The same, without the drawn title, for documents that print the title as text above the chart. */
    public static String captioned(OutcomeInstrument instrument, List<OutcomeResult> results,
                                   List<StoredGoal> goals, DateWords words) {
        return TrendChart.svg(series(instrument, results, goals, words), false, words);
    }

    static TrendChart.Series series(OutcomeInstrument instrument, List<OutcomeResult> results,
                                            List<StoredGoal> goals, DateWords words) {
        boolean percent = instrument.reportsPercent();
        List<TrendChart.Point> points = results.stream()
                .map(r -> new TrendChart.Point(r.measuredOn(), r.value().doubleValue())).toList();
        List<TrendChart.Target> targets = goals.stream()
                .filter(g -> g.goal().instrument().name().equals(instrument.name()))
                .map(g -> new TrendChart.Target(g.goal().target(), "Goal " + (instrument.higherIsBetter() ? "≥ " : "≤ ")
                        + new BigDecimal(String.valueOf(g.goal().target())).stripTrailingZeros().toPlainString()
                        + " by " + words.monthDay(g.goal().deadline())))
                .toList();
        return new TrendChart.Series(instrument.title() + (percent ? " (%)" : ""), percent ? "%" : "",
                points, instrument.scaleMin(), instrument.scaleMax(),
                instrument.mcid().map(m -> m.value().doubleValue()).orElse(null), instrument.higherIsBetter(), targets,
                "Date measured", "Score (" + TrendChart.number(instrument.scaleMin()) + "–"
                        + TrendChart.number(instrument.scaleMax()) + (percent ? " %" : "") + ")");
    }
}
