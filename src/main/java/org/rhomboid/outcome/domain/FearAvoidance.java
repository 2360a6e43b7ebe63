package org.rhomboid.outcome.domain;

import static org.rhomboid.outcome.domain.ScoringException.response;

import java.util.List;
import org.rhomboid.outcome.domain.OutcomeScore.FabqSubscales;

/**
 * FABQ (Waddell 1993): two subscales, the other items unscored (FABQ-SCORE). Physical activity = items 2–5
 * (0–24); work = items 6, 7, 9, 10, 11, 12 and 15 (0–42). There is no total, so the score is left empty.
 * The knowledge base gives no missing-item rule, so every scored item must be answered rather than guessed; a
 * blank unscored item changes nothing (FABQ-MISSING, a product decision).
 */
final class FearAvoidance {

    /** One-based item numbers, as printed on the form. */
    private static final List<Integer> PHYSICAL_ACTIVITY = List.of(2, 3, 4, 5);
    private static final List<Integer> WORK = List.of(6, 7, 9, 10, 11, 12, 15);

    /** FABQ-W above 29 predicts work status in acute occupational low back pain (FABQ-W-CUTOFF). */
    private static final int WORK_CUTOFF = 29;

    private FearAvoidance() {
    }

    static OutcomeScore score(Responses responses) {
        int physicalActivity = subscale(responses, PHYSICAL_ACTIVITY, "physical activity");
        int work = subscale(responses, WORK, "work");
        String interpretation = "FABQ-PA " + physicalActivity + "/" + FabqSubscales.PHYSICAL_ACTIVITY_MAX
                + ", FABQ-W " + work + "/" + FabqSubscales.WORK_MAX + (work > WORK_CUTOFF
                ? ": work score above " + WORK_CUTOFF + ", high work-related fear-avoidance (predicts work status in "
                        + "acute occupational low back pain)"
                : " (higher = more fear-avoidance)");
        return new OutcomeScore(OutcomeInstrument.FABQ, null, null, null, responses.answered(), interpretation,
                new FabqSubscales(physicalActivity, work));
    }

    private static int subscale(Responses responses, List<Integer> items, String name) {
        List<Integer> blank = items.stream().filter(item -> responses.isBlank(item - 1)).toList();
        if (!blank.isEmpty()) {
            String which = blank.size() == 1 ? "item " + blank.get(0) + " is" : "items " + Items.numbers(blank) + " are";
            throw new ScoringException(response(blank.get(0) - 1), "FABQ " + which + " blank: the " + name
                    + " subscale is scored only with all its items answered");
        }
        return items.stream().mapToInt(item -> responses.get(item - 1)).sum();
    }
}
