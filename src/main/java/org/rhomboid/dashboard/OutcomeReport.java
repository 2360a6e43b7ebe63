package org.rhomboid.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.rhomboid.episode.domain.DischargeReason;
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

    /**
     * @param visitsPerEpisode mean distinct days with a signed evaluation or note, over the group's episodes
     * @param dischargeReasons discharged episodes by the reason their discharge summary gave (those discharged
     *                         without a summary have none and are counted only in {@code discharged})
     */
    public record Group(Kind kind, String label, int episodes, int open, int onHold, int discharged,
                        BigDecimal visitsPerEpisode, Map<DischargeReason, Integer> dischargeReasons,
                        Map<OutcomeInstrument, MeasureStats> measures) {
        public int withoutReason() {
            return discharged - dischargeReasons.values().stream().mapToInt(Integer::intValue).sum();
        }

        public MeasureStats stats(OutcomeInstrument instrument) {
            return measures.getOrDefault(instrument, new MeasureStats(0, null, 0));
        }
    }
}
