package org.rhomboid.outcome.domain;

import java.util.List;

/**
 * Scores an outcome measure from its responses, in the order printed on the form. A null response is a blank
 * (a missing item); whether blanks are allowed, and how many, is the instrument's rule.
 */
public final class Scores {

    private Scores() {
    }

    /**
     * @param responses NPRS: current, best, worst (exactly 3); PSFS: one rating per activity (1–5); NDI, ODI, FRI:
     *                  10; FABQ: 16; GROC: the single rating
     * @throws ScoringException naming the offending field when the responses can't be scored
     */
    public static OutcomeScore score(OutcomeInstrument instrument, List<Integer> responses) {
        Responses checked = Responses.check(instrument, responses);
        return switch (instrument) {
            case NPRS -> PainRating.score(checked);
            case PSFS -> PatientSpecificScale.score(checked);
            case NDI, ODI, FRI -> DisabilityIndex.score(checked);
            case FABQ -> FearAvoidance.score(checked);
            case GROC -> GlobalRating.score(checked);
        };
    }
}
