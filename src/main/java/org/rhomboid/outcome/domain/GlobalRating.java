package org.rhomboid.outcome.domain;

import java.math.BigDecimal;

/**
 * The 15-point Global Rating of Change, −7 (a very great deal worse) to 0 (about the same) to +7 (a very great
 * deal better) (GROC-SCALE). Which rating marks an important change (+3 or +5 are quoted) is not confirmed, so
 * the rating is described, never judged (GROC-THRESHOLD).
 */
final class GlobalRating {

    private GlobalRating() {
    }

    static OutcomeScore score(Responses responses) {
        int rating = responses.get(0);
        String interpretation;
        if (rating > 0) {
            interpretation = "+" + rating + ": better (+7 = a very great deal better)";
        } else if (rating < 0) {
            interpretation = rating + ": worse (-7 = a very great deal worse)";
        } else {
            interpretation = "0: about the same";
        }
        return new OutcomeScore(OutcomeInstrument.GROC, BigDecimal.valueOf(rating), BigDecimal.valueOf(7), null, 1,
                interpretation, null);
    }
}
