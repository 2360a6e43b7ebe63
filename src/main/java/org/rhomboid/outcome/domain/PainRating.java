package org.rhomboid.outcome.domain;

import static org.rhomboid.outcome.domain.ScoringException.response;

import java.math.BigDecimal;

/**
 * NPRS in either of its two common forms (NPRS-SCORE): a single 0–10 rating of the pain now, which is the score
 * itself — the form most used in practice and the one the literature's MCIDs mostly rest on — or current, best and
 * worst pain over the last 24 h, scored as their mean (a published convention, SCIRE). The same consistency as the
 * intake applies to the three ratings: neither the best nor the current pain can exceed the worst.
 */
final class PainRating {

    private PainRating() {
    }

    static OutcomeScore score(Responses responses) {
        int current = responses.get(0);
        if (responses.size() == 1) {
            String interpretation = "Pain " + current + "/10 now: a single rating (higher = more pain)";
            return new OutcomeScore(OutcomeInstrument.NPRS, BigDecimal.valueOf(current), BigDecimal.TEN, null, 1,
                    interpretation, null);
        }
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
