package org.rhomboid.chart;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.rhomboid.outcome.OutcomeResult;
import org.rhomboid.outcome.TrendChart;
import org.rhomboid.outcome.domain.OutcomeInstrument;
import org.rhomboid.plan.StoredGoal;

/** One measure's trend chart with its MCID band and the plan's goal targets: for the progress page and PDFs. */
public final class OutcomeCharts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);

    private OutcomeCharts() {
    }

    /** The SVG of the instrument's results (oldest first), with the goals set on the same measure. */
    public static String svg(OutcomeInstrument instrument, List<OutcomeResult> results, List<StoredGoal> goals) {
        return TrendChart.svg(series(instrument, results, goals));
    }

    /** The same, without the drawn title, for documents that print the title as text above the chart. */
    public static String captioned(OutcomeInstrument instrument, List<OutcomeResult> results,
                                   List<StoredGoal> goals) {
        return TrendChart.svg(series(instrument, results, goals), false);
    }

    static TrendChart.Series series(OutcomeInstrument instrument, List<OutcomeResult> results,
                                            List<StoredGoal> goals) {
        boolean percent = instrument.reportsPercent();
        List<TrendChart.Point> points = results.stream()
                .map(r -> new TrendChart.Point(r.measuredOn(), r.value().doubleValue())).toList();
        List<TrendChart.Target> targets = goals.stream()
                .filter(g -> g.goal().instrument().name().equals(instrument.name()))
                .map(g -> new TrendChart.Target(g.goal().target(), "Goal " + (instrument.higherIsBetter() ? "≥ " : "≤ ")
                        + new BigDecimal(String.valueOf(g.goal().target())).stripTrailingZeros().toPlainString()
                        + " by " + DAY.format(g.goal().deadline())))
                .toList();
        return new TrendChart.Series(instrument.title() + (percent ? " (%)" : ""), percent ? "%" : "",
                points, instrument.scaleMin(), instrument.scaleMax(),
                instrument.mcid().map(m -> m.value().doubleValue()).orElse(null), instrument.higherIsBetter(), targets,
                "Date measured", "Score (" + TrendChart.number(instrument.scaleMin()) + "–"
                        + TrendChart.number(instrument.scaleMax()) + (percent ? " %" : "") + ")");
    }
}
