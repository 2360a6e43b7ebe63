package org.rhomboid.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.rhomboid.outcome.domain.OutcomeInstrument;

/** The dashboard's numbers: the clinic as a whole, then by therapist and by classification. */
public record OutcomeReport(OutcomeFilter filter, List<OutcomeInstrument> measures, List<Group> groups) {

    public enum Kind { CLINIC, THERAPIST, CLASSIFICATION }

    /** Episodes with at least two results of a measure: how many, the mean change, how many reached the MCID. */
    public record MeasureStats(int episodes, BigDecimal meanChange, int reachedMcid) {
        public BigDecimal percentReached() {
            return episodes == 0 ? null : BigDecimal.valueOf(100L * reachedMcid)
                    .divide(BigDecimal.valueOf(episodes), 0, java.math.RoundingMode.HALF_UP);
        }
    }

    public record Group(Kind kind, String label, int episodes, int open, int onHold, int discharged,
                        Map<OutcomeInstrument, MeasureStats> measures) {
        public MeasureStats stats(OutcomeInstrument instrument) {
            return measures.getOrDefault(instrument, new MeasureStats(0, null, 0));
        }
    }
}
