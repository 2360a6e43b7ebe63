package org.rhomboid.outcome.domain;

import static org.rhomboid.outcome.domain.ScoringException.response;

import java.math.BigDecimal;

/**
 * NPRS: current, best and worst pain over the last 24 h, scored as their mean (NPRS-SCORE; averaging is a
 * common convention, not a confirmed rule). The same consistency as the intake applies (NPRS): neither the best
 * nor the current pain can exceed the worst.
 */
final class PainRating {

    private PainRating() {
    }

    static OutcomeScore score(Responses responses) {
        int current = responses.get(0);
        int best = responses.get(1);
        int worst = responses.get(2);
        if (best > worst) {
            throw new ScoringException(response(1), "The best pain over 24 h (" + best
                    + ") can't be higher than the worst (" + worst + ")");
        }
        if (current > worst) {
            throw new ScoringException(response(2), "The worst pain over 24 h (" + worst
                    + ") can't be lower than the current pain (" + current + ")");
        }
        BigDecimal mean = Decimals.mean(current + best + worst, 3);
        String interpretation = "Pain " + Decimals.plain(mean) + "/10: mean of current " + current + ", best " + best
                + " and worst " + worst + " over 24 h (higher = more pain)";
        return new OutcomeScore(OutcomeInstrument.NPRS, mean, BigDecimal.TEN, null, 3, interpretation, null);
    }
}
