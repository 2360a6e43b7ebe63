package org.rhomboid.outcome.domain;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * The change between a baseline and a follow-up on one instrument, judged against its MCID (OUTCOME-CHANGE).
 * <p>
 * The rule: IMPROVED when the improvement reaches the MCID; WORSE when the score worsens by at least the MCID;
 * UNCHANGED otherwise — a smaller change either way is not one the instrument can call important. "Improvement"
 * follows the instrument's direction: for NDI, ODI, FRI and NPRS a fall is an improvement, for PSFS a rise.
 * The FABQ is judged per subscale, each against its own MCID (FABQ-MCID): physical activity 4, work 7 points,
 * lower being better.
 *
 * @param change      follow-up minus baseline in the instrument's units (percentage points for NDI, ODI and
 *                    FRI; points for NPRS, PSFS and the FABQ subscales), signed as measured, not as better or worse
 * @param reachesMcid whether the improvement is at least the MCID
 * @param subscale    the FABQ subscale compared; null for every other instrument
 */
public record Change(OutcomeInstrument instrument, BigDecimal baseline, BigDecimal followUp, BigDecimal change,
                     Mcid mcid, boolean reachesMcid, Verdict verdict, FabqSubscale subscale) {

    public enum Verdict { IMPROVED, UNCHANGED, WORSE }

    /**
     * @param baseline the mean for NPRS and PSFS, the percentage for NDI, ODI and FRI
     * @param followUp on the same scale as the baseline
     * @throws ScoringException for FABQ (compare a subscale: {@link #of(FabqSubscale, BigDecimal, BigDecimal)}),
     *                           for GROC (it rates change itself) or for a value off the instrument's scale
     */
    public static Change of(OutcomeInstrument instrument, BigDecimal baseline, BigDecimal followUp) {
        Mcid mcid = mcidOf(instrument);
        check(instrument, "baseline", baseline);
        check(instrument, "followUp", followUp);
        return judged(instrument, baseline, followUp, mcid, null);
    }

    /**
     * The change on one FABQ subscale, against that subscale's MCID (FABQ-MCID).
     *
     * @param baseline the subscale's score, 0 to {@link FabqSubscale#max()}
     */
    public static Change of(FabqSubscale subscale, BigDecimal baseline, BigDecimal followUp) {
        if (subscale == null) {
            throw new ScoringException("subscale", "Name the FABQ subscale to compare (physicalActivity or work)");
        }
        checkSubscale(subscale, "baseline", baseline);
        checkSubscale(subscale, "followUp", followUp);
        return judged(OutcomeInstrument.FABQ, baseline, followUp, subscale.mcid(), subscale);
    }

    /** The change on each FABQ subscale between two scored FABQs: physical activity, then work. */
    public static List<Change> ofFabq(OutcomeScore baseline, OutcomeScore followUp) {
        sameInstrument(baseline, followUp);
        if (baseline.instrument() != OutcomeInstrument.FABQ) {
            throw new ScoringException("instrument", "Compare FABQ subscales between two FABQs");
        }
        return Arrays.stream(FabqSubscale.values())
                .map(s -> of(s, s.scoreIn(baseline), s.scoreIn(followUp))).toList();
    }

    private static Change judged(OutcomeInstrument instrument, BigDecimal baseline, BigDecimal followUp, Mcid mcid,
                                 FabqSubscale subscale) {
        BigDecimal improvement = instrument.improvement(baseline, followUp);
        Verdict verdict = improvement.compareTo(mcid.value()) >= 0 ? Verdict.IMPROVED
                : improvement.negate().compareTo(mcid.value()) >= 0 ? Verdict.WORSE
                : Verdict.UNCHANGED;
        return new Change(instrument, baseline, followUp, followUp.subtract(baseline), mcid,
                verdict == Verdict.IMPROVED, verdict, subscale);
    }

    /** As {@link #of(OutcomeInstrument, BigDecimal, BigDecimal)}, for values typed as numbers (36.0, 25.5). */
    public static Change of(OutcomeInstrument instrument, double baseline, double followUp) {
        return of(instrument, decimal("baseline", baseline), decimal("followUp", followUp));
    }

    /** The change between two scores of the same instrument, compared on {@link OutcomeScore#comparable()}. */
    public static Change between(OutcomeScore baseline, OutcomeScore followUp) {
        sameInstrument(baseline, followUp);
        return of(baseline.instrument(), baseline.comparable(), followUp.comparable());
    }

    private static void sameInstrument(OutcomeScore baseline, OutcomeScore followUp) {
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
            case FABQ -> throw new ScoringException("subscale", "Name the FABQ subscale to compare "
                    + "(physicalActivity or work): each has its own MCID, 4 and 7 points (FABQ-MCID)");
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

    private static void checkSubscale(FabqSubscale subscale, String field, BigDecimal value) {
        if (value == null) {
            throw new ScoringException(field, "Give the " + subscale.label() + " " + label(field));
        }
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(subscale.max())) > 0) {
            throw new ScoringException(field, "The " + subscale.label() + " " + label(field) + " must be 0–"
                    + subscale.max() + "; got " + value.toPlainString());
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
