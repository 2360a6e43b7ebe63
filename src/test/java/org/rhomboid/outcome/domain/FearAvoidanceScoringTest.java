package org.rhomboid.outcome.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rhomboid.outcome.domain.OutcomeInstrument.FABQ;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class FearAvoidanceScoringTest {

    /** Sixteen zeros, with item {@code number} (one-based, as on the form) set to {@code value}. */
    static List<Integer> only(int number, int value) {
        List<Integer> items = new ArrayList<>(Collections.nCopies(16, 0));
        items.set(number - 1, value);
        return items;
    }

    @Test
    void eachItemCountsTowardsItsOwnSubscaleOnly() {
        for (int item : List.of(2, 3, 4, 5)) {
            assertThat(Scores.score(FABQ, only(item, 6)).subscales()).as("item %d", item)
                    .isEqualTo(new OutcomeScore.FabqSubscales(6, 0));
        }
        for (int item : List.of(6, 7, 9, 10, 11, 12, 15)) {
            assertThat(Scores.score(FABQ, only(item, 6)).subscales()).as("item %d", item)
                    .isEqualTo(new OutcomeScore.FabqSubscales(0, 6));
        }
        for (int item : List.of(1, 8, 13, 14, 16)) {
            assertThat(Scores.score(FABQ, only(item, 6)).subscales()).as("unscored item %d", item)
                    .isEqualTo(new OutcomeScore.FabqSubscales(0, 0));
        }
    }

    @Test
    void subscalesSumTheirItemsAndThereIsNoTotal() {
        // item n answered (n - 1) mod 7: PA = 1+2+3+4, W = 5+6+1+2+3+4+0
        OutcomeScore fabq = Scores.score(FABQ, List.of(0, 1, 2, 3, 4, 5, 6, 0, 1, 2, 3, 4, 5, 6, 0, 1));
        assertThat(fabq.subscales()).isEqualTo(new OutcomeScore.FabqSubscales(10, 21));
        assertThat(fabq.score()).isNull();
        assertThat(fabq.maxScore()).isNull();
        assertThat(fabq.percent()).isNull();
        assertThat(fabq.comparable()).isNull();
        assertThat(fabq.answered()).isEqualTo(16);
        assertThat(fabq.interpretation()).isEqualTo("FABQ-PA 10/24, FABQ-W 21/42 (higher = more fear-avoidance)");

        OutcomeScore highest = Scores.score(FABQ, Collections.nCopies(16, 6));
        assertThat(highest.subscales()).isEqualTo(new OutcomeScore.FabqSubscales(24, 42));
    }

    @Test
    void aWorkScoreAbove29IsFlagged() {
        List<Integer> work29 = Arrays.asList(0, 0, 0, 0, 0, 6, 6, 0, 6, 6, 5, 0, 0, 0, 0, 0);
        assertThat(Scores.score(FABQ, work29).subscales().work()).isEqualTo(29);
        assertThat(Scores.score(FABQ, work29).interpretation()).doesNotContain("above 29");
        List<Integer> work30 = Arrays.asList(0, 0, 0, 0, 0, 6, 6, 0, 6, 6, 6, 0, 0, 0, 0, 0);
        assertThat(Scores.score(FABQ, work30).interpretation()).isEqualTo("FABQ-PA 0/24, FABQ-W 30/42: work score "
                + "above 29, high work-related fear-avoidance (predicts work status in acute occupational low back pain)");
    }

    @Test
    void blankUnscoredItemsChangeNothing() {
        List<Integer> blanks = Arrays.asList(null, 6, 6, 6, 6, 1, 1, null, 1, 1, 1, 1, null, null, 1, null);
        OutcomeScore fabq = Scores.score(FABQ, blanks);
        assertThat(fabq.subscales()).isEqualTo(new OutcomeScore.FabqSubscales(24, 7));
        assertThat(fabq.answered()).isEqualTo(11);
    }
}
