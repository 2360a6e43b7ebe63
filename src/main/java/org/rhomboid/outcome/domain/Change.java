package org.rhomboid.outcome.domain;

import java.math.BigDecimal;

/**
 * The change between a baseline and a follow-up on one instrument, judged against its MCID (OUTCOME-CHANGE).
 * <p>
 * The rule: IMPROVED when the improvement reaches the MCID; WORSE when the score worsens by at least the MCID;
 * UNCHANGED otherwise — a smaller change either way is not one the instrument can call important. "Improvement"
 * follows the instrument's direction: for NDI, ODI, FRI and NPRS a fall is an improvement, for PSFS a rise.
 *
 * @param change      follow-up minus baseline in the instrument's units (percentage points for NDI, ODI and
 *                    FRI; points for NPRS and PSFS), signed as measured, not as better or worse
 * @param reachesMcid whether the improvement is at least the MCID
 */
public record Change(OutcomeInstrument instrument, BigDecimal baseline, BigDecimal followUp, BigDecimal change,
                     Mcid mcid, boolean reachesMcid, Verdict verdict) {

    public enum Verdict { IMPROVED, UNCHANGED, WORSE }

    /**
     * @param baseline the mean for NPRS and PSFS, the percentage for NDI, ODI and FRI
     * @param followUp on the same scale as the baseline
     * @throws ScoringException for FABQ and GROC (no MCID to judge against) or a value off the instrument's scale
     */
    public static Change of(OutcomeInstrument instrument, BigDecimal baseline, BigDecimal followUp) {
        Mcid mcid = mcidOf(instrument);
        check(instrument, "baseline", baseline);
        check(instrument, "followUp", followUp);
        BigDecimal improvement = instrument.improvement(baseline, followUp);
        Verdict verdict = improvement.compareTo(mcid.value()) >= 0 ? Verdict.IMPROVED
                : improvement.negate().compareTo(mcid.value()) >= 0 ? Verdict.WORSE
                : Verdict.UNCHANGED;
        return new Change(instrument, baseline, followUp, followUp.subtract(baseline), mcid,
                verdict == Verdict.IMPROVED, verdict);
    }

    /** As {@link #of(OutcomeInstrument, BigDecimal, BigDecimal)}, for values typed as numbers (36.0, 25.5). */
    public static Change of(OutcomeInstrument instrument, double baseline, double followUp) {
        return of(instrument, decimal("baseline", baseline), decimal("followUp", followUp));
    }

    /** The change between two scores of the same instrument, compared on {@link OutcomeScore#comparable()}. */
    public static Change between(OutcomeScore baseline, OutcomeScore followUp) {
        if (baseline == null) {
            throw new ScoringException("baseline", "Give the baseline score");
        }
        if (followUp == null) {
            throw new ScoringException("followUp", "Give the follow-up score");
        }
        if (baseline.instrument() != followUp.instrument()) {
            throw new ScoringException("followUp", "Compare scores of one instrument: the baseline is "
                    + baseline.instrument() + ", the follow-up " + followUp.instrument());
        }
        return of(baseline.instrument(), baseline.comparable(), followUp.comparable());
    }

    /** How much better the follow-up is, in the instrument's units (negative when worse). */
    public BigDecimal improvement() {
        return instrument.improvement(baseline, followUp);
    }

    private static Mcid mcidOf(OutcomeInstrument instrument) {
        if (instrument == null) {
            throw new ScoringException("instrument", "Choose the instrument to compare");
        }
        return switch (instrument) {
            case FABQ -> throw new ScoringException("instrument", "The FABQ has no established MCID (FABQ-MCID): "
                    + "follow its subscales against the work cut-off instead");
            case GROC -> throw new ScoringException("instrument", "The GROC already rates change since the start "
                    + "of care: it isn't compared between two visits");
            default -> instrument.mcid().orElseThrow();
        };
    }

    private static void check(OutcomeInstrument instrument, String field, BigDecimal value) {
        if (value == null) {
            throw new ScoringException(field, "Give the " + instrument + " " + label(field));
        }
        if (value.compareTo(BigDecimal.valueOf(instrument.scaleMin())) < 0
                || value.compareTo(BigDecimal.valueOf(instrument.scaleMax())) > 0) {
            String unit = instrument.reportsPercent() ? "%" : "";
            throw new ScoringException(field, "The " + instrument + " " + label(field) + " must be "
                    + instrument.scaleMin() + "–" + instrument.scaleMax() + unit + "; got " + value.toPlainString()
                    + unit);
        }
    }

    private static BigDecimal decimal(String field, double value) {
        if (!Double.isFinite(value)) {
            throw new ScoringException(field, "The " + label(field) + " must be a number");
        }
        return BigDecimal.valueOf(value);
    }

    private static String label(String field) {
        return field.equals("followUp") ? "follow-up" : field;
    }
}
