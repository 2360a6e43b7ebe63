package org.rhomboid.outcome.domain;

import java.math.BigDecimal;

/**
 * PSFS: the mean of the ratings of the 1–5 activities the patient named, each 0 (unable) to 10 (pre-injury
 * level) (PSFS-SCORE). An activity without a rating is refused rather than dropped, so the mean always covers
 * every activity the patient named.
 */
final class PatientSpecificScale {

    private PatientSpecificScale() {
    }

    static OutcomeScore score(Responses responses) {
        int activities = responses.size();
        BigDecimal mean = Decimals.mean(responses.sum(), activities);
        String interpretation = "Mean " + Decimals.plain(mean) + "/10 over " + activities
                + (activities == 1 ? " activity" : " activities") + " (0 = unable, 10 = pre-injury level)";
        return new OutcomeScore(OutcomeInstrument.PSFS, mean, BigDecimal.TEN, null, activities, interpretation, null);
    }
}
