package org.rhomboid.outcome.domain;

import java.math.BigDecimal;

/**
 * A scored outcome measure.
 *
 * @param score          the mean for NPRS and PSFS (two decimals), the raw sum for NDI, ODI and FRI, the rating
 *                       for GROC; null for FABQ, which has no total — only its subscales are scored (FABQ-SCORE)
 * @param maxScore       the highest possible score given the responses answered (45 for an NDI with one item
 *                       blank); null for FABQ
 * @param percent        score ÷ maxScore × 100 to one decimal, half up, for NDI, ODI and FRI; null otherwise
 * @param answered       how many responses were not blank
 * @param interpretation the severity band where the knowledge base defines one (NDI, ODI, FABQ work cut-off),
 *                       else a plain description
 * @param subscales      FABQ only; null otherwise
 */
public record OutcomeScore(OutcomeInstrument instrument, BigDecimal score, BigDecimal maxScore, BigDecimal percent,
                           int answered, String interpretation, FabqSubscales subscales) {

    /** FABQ physical activity (items 2–5, 0–24) and work (items 6, 7, 9–12, 15, 0–42) subscales. */
    public record FabqSubscales(int physicalActivity, int work) {
        public static final int PHYSICAL_ACTIVITY_MAX = 24;
        public static final int WORK_MAX = 42;
    }

    /**
     * The value followed over time and compared by {@link Change}: the percentage for NDI, ODI and FRI, the score
     * otherwise; null for FABQ.
     */
    public BigDecimal comparable() {
        return instrument.reportsPercent() ? percent : score;
    }
}
