package org.rhomboid.outcome.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rhomboid.outcome.domain.OutcomeInstrument.FRI;
import static org.rhomboid.outcome.domain.OutcomeInstrument.NDI;
import static org.rhomboid.outcome.domain.OutcomeInstrument.ODI;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisabilityIndexScoringTest {

    /** Ten items all answered {@code value}. */
    static List<Integer> all(int value) {
        return Collections.nCopies(10, value);
    }

    /** Ten items whose raw sum is {@code sum}, spread over the items, none blank. */
    static List<Integer> summingTo(int sum, int highest) {
        Integer[] items = new Integer[10];
        for (int i = 0; i < 10; i++) {
            items[i] = Math.min(highest, Math.max(0, sum - i * highest));
        }
        return Arrays.asList(items);
    }

    @Test
    void theIssuesNdiExampleWithOneItemBlankScoresOver45() {
        OutcomeScore ndi = Scores.score(NDI, Arrays.asList(3, 2, null, 1, 0, 2, 3, 1, 2, 2));
        assertThat(ndi.instrument()).isEqualTo(NDI);
        assertThat(ndi.score()).isEqualByComparingTo("16");
        assertThat(ndi.maxScore()).isEqualByComparingTo("45");
        assertThat(ndi.percent()).isEqualByComparingTo("35.6");
        assertThat(ndi.answered()).isEqualTo(9);
        assertThat(ndi.interpretation()).startsWith("Moderate disability").contains("16 of 45 scales to 17.8 of 50");
        assertThat(ndi.subscales()).isNull();
    }

    @Test
    void theFormsFullNdiExampleIs16Of50Or32Percent() {
        OutcomeScore ndi = Scores.score(NDI, Arrays.asList(3, 2, 2, 1, 0, 2, 3, 1, 0, 2));
        assertThat(ndi.score()).isEqualByComparingTo("16");
        assertThat(ndi.maxScore()).isEqualByComparingTo("50");
        assertThat(ndi.percent()).isEqualByComparingTo("32.0");
        assertThat(ndi.answered()).isEqualTo(10);
        assertThat(ndi.interpretation()).isEqualTo("Moderate disability (Vernon & Mior: raw 15–24 of 50)");
    }

    @Test
    void percentagesAreRoundedToOneDecimalNotTruncated() {
        // 1 of 45 = 2.2222…, 4 of 45 = 8.8888…, 5 of 40 = 12.5 exactly, 41 of 45 = 91.111…
        assertThat(Scores.score(NDI, Arrays.asList(1, 0, 0, 0, 0, 0, 0, 0, 0, null)).percent()).isEqualByComparingTo("2.2");
        assertThat(Scores.score(NDI, Arrays.asList(4, 0, 0, 0, 0, 0, 0, 0, 0, null)).percent()).isEqualByComparingTo("8.9");
        assertThat(Scores.score(NDI, Arrays.asList(5, 0, 0, 0, 0, 0, 0, 0, null, null)).percent())
                .isEqualByComparingTo("12.5");
        assertThat(Scores.score(ODI, Arrays.asList(5, 5, 5, 5, 5, 5, 5, 5, 1, null)).percent()).isEqualByComparingTo("91.1");
    }

    @Test
    void ndiBandsFollowVernonAndMiorOnTheRawScore() {
        assertThat(Scores.score(NDI, summingTo(0, 5)).interpretation()).startsWith("No disability");
        assertThat(Scores.score(NDI, summingTo(4, 5)).interpretation()).startsWith("No disability");
        assertThat(Scores.score(NDI, summingTo(5, 5)).interpretation()).startsWith("Mild disability");
        assertThat(Scores.score(NDI, summingTo(14, 5)).interpretation()).startsWith("Mild disability");
        assertThat(Scores.score(NDI, summingTo(15, 5)).interpretation()).startsWith("Moderate disability");
        assertThat(Scores.score(NDI, summingTo(24, 5)).interpretation()).startsWith("Moderate disability");
        assertThat(Scores.score(NDI, summingTo(25, 5)).interpretation()).startsWith("Severe disability");
        assertThat(Scores.score(NDI, summingTo(34, 5)).interpretation()).startsWith("Severe disability");
        assertThat(Scores.score(NDI, summingTo(35, 5)).interpretation()).startsWith("Complete disability");
        assertThat(Scores.score(NDI, all(5)).interpretation()).startsWith("Complete disability");
    }

    @Test
    void withBlankNdiItemsTheBandIsReadOnTheRawScoreScaledTo50() {
        // 4 of 40 scales to 5 of 50: mild, although the raw 4 alone would read "no disability"
        OutcomeScore scaledUp = Scores.score(NDI, Arrays.asList(4, 0, 0, 0, 0, 0, 0, 0, null, null));
        assertThat(scaledUp.interpretation()).startsWith("Mild disability").contains("scales to 5.0 of 50");
        // a half rounds up: 1 of 40 scales to 1.25 → 1.3
        assertThat(Scores.score(NDI, Arrays.asList(1, 0, 0, 0, 0, 0, 0, 0, null, null)).interpretation())
                .contains("1 of 40 scales to 1.3 of 50");
        // 4 of 45 scales to 4.4: still none
        assertThat(Scores.score(NDI, Arrays.asList(4, 0, 0, 0, 0, 0, 0, 0, 0, null)).interpretation())
                .startsWith("No disability");
    }

    @Test
    void upToTwoNdiItemsMayBeBlank() {
        OutcomeScore ndi = Scores.score(NDI, Arrays.asList(3, null, 2, 1, 0, 2, null, 1, 2, 2));
        assertThat(ndi.score()).isEqualByComparingTo("13");
        assertThat(ndi.maxScore()).isEqualByComparingTo("40");
        assertThat(ndi.percent()).isEqualByComparingTo("32.5");
        assertThat(ndi.answered()).isEqualTo(8);
    }

    @Test
    void theFormsOdiExamplesAre32PercentAndWithOneSectionBlank35Point6() {
        OutcomeScore full = Scores.score(ODI, Arrays.asList(2, 2, 2, 2, 2, 2, 2, 2, 0, 0));
        assertThat(full.score()).isEqualByComparingTo("16");
        assertThat(full.maxScore()).isEqualByComparingTo("50");
        assertThat(full.percent()).isEqualByComparingTo("32.0");
        assertThat(full.interpretation()).isEqualTo("Moderate disability (Fairbank: 21–40%)");

        OutcomeScore oneBlank = Scores.score(ODI, Arrays.asList(2, 2, 2, 2, 2, 2, 2, null, 2, 0));
        assertThat(oneBlank.score()).isEqualByComparingTo("16");
        assertThat(oneBlank.maxScore()).isEqualByComparingTo("45");
        assertThat(oneBlank.percent()).isEqualByComparingTo("35.6");
        assertThat(oneBlank.answered()).isEqualTo(9);
    }

    @Test
    void odiBandsFollowFairbankWithUpperBoundsIncluded() {
        assertThat(Scores.score(ODI, summingTo(10, 5)).interpretation()).startsWith("Minimal disability"); // 20%
        assertThat(Scores.score(ODI, summingTo(11, 5)).interpretation()).startsWith("Moderate disability"); // 22%
        assertThat(Scores.score(ODI, summingTo(20, 5)).interpretation()).startsWith("Moderate disability"); // 40%
        assertThat(Scores.score(ODI, summingTo(21, 5)).interpretation()).startsWith("Severe disability"); // 42%
        assertThat(Scores.score(ODI, summingTo(30, 5)).interpretation()).startsWith("Severe disability"); // 60%
        assertThat(Scores.score(ODI, summingTo(31, 5)).interpretation()).startsWith("Crippled"); // 62%
        assertThat(Scores.score(ODI, summingTo(40, 5)).interpretation()).startsWith("Crippled"); // 80%
        assertThat(Scores.score(ODI, summingTo(41, 5)).interpretation()).startsWith("Bed-bound"); // 82%
        assertThat(Scores.score(ODI, all(0)).interpretation()).startsWith("Minimal disability");
        // 9 of 45 is exactly 20%: still minimal
        assertThat(Scores.score(ODI, Arrays.asList(5, 4, 0, 0, 0, 0, 0, 0, 0, null)).interpretation())
                .startsWith("Minimal disability");
    }

    @Test
    void friIsAPercentOf40AndOf36WithOneItemBlank() {
        OutcomeScore full = Scores.score(FRI, Arrays.asList(2, 2, 2, 2, 2, 2, 2, 2, 2, 0));
        assertThat(full.score()).isEqualByComparingTo("18");
        assertThat(full.maxScore()).isEqualByComparingTo("40");
        assertThat(full.percent()).isEqualByComparingTo("45.0");
        assertThat(full.interpretation()).isEqualTo("FRI 45.0% (higher = more disability)");
        assertThat(Scores.score(FRI, all(4)).percent()).isEqualByComparingTo("100.0");
    }

    @Test
    void aBlankFriItemGivesTheSameAsReplacingItWithTheMeanOfTheOthers() {
        // knowledge base C: one missing item may be replaced by the mean of the others
        List<Integer> oneBlank = Arrays.asList(3, 1, 2, 4, 0, 2, 3, 1, null, 2); // 18 over 9 items, mean 2
        List<Integer> imputed = Arrays.asList(3, 1, 2, 4, 0, 2, 3, 1, 2, 2); // 20 of 40
        OutcomeScore scored = Scores.score(FRI, oneBlank);
        assertThat(scored.score()).isEqualByComparingTo("18");
        assertThat(scored.maxScore()).isEqualByComparingTo("36");
        assertThat(scored.answered()).isEqualTo(9);
        assertThat(scored.percent()).isEqualByComparingTo("50.0").isEqualByComparingTo(Scores.score(FRI, imputed).percent());
    }
}
