package org.rhomboid.outcome.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rhomboid.outcome.domain.OutcomeInstrument.GROC;
import static org.rhomboid.outcome.domain.OutcomeInstrument.NPRS;
import static org.rhomboid.outcome.domain.OutcomeInstrument.PSFS;

import java.util.List;
import org.junit.jupiter.api.Test;

class PainAndFunctionScoringTest {

    @Test
    void nprsIsTheMeanOfCurrentBestAndWorstToTwoDecimals() {
        OutcomeScore pain = Scores.score(NPRS, List.of(5, 2, 6));
        assertThat(pain.score()).isEqualByComparingTo("4.33");
        assertThat(pain.maxScore()).isEqualByComparingTo("10");
        assertThat(pain.percent()).isNull();
        assertThat(pain.answered()).isEqualTo(3);
        assertThat(pain.interpretation()).isEqualTo("Pain 4.33/10: mean of current 5, best 2 and worst 6 over 24 h "
                + "(higher = more pain)");
        assertThat(Scores.score(NPRS, List.of(6, 3, 8)).score()).isEqualByComparingTo("5.67");
        assertThat(Scores.score(NPRS, List.of(0, 0, 0)).score()).isEqualByComparingTo("0");
        assertThat(Scores.score(NPRS, List.of(10, 10, 10)).score()).isEqualByComparingTo("10");
    }

    @Test
    void aSingleNprsRatingOfThePainNowIsTheScore() {
        OutcomeScore now = Scores.score(NPRS, List.of(7));
        assertThat(now.score()).isEqualByComparingTo("7");
        assertThat(now.maxScore()).isEqualByComparingTo("10");
        assertThat(now.answered()).isEqualTo(1);
        assertThat(now.comparable()).isEqualByComparingTo("7");
        assertThat(now.interpretation()).isEqualTo("Pain 7/10 now: a single rating (higher = more pain)");
        assertThat(Scores.score(NPRS, List.of(0)).score()).isEqualByComparingTo("0");
        assertThat(Scores.score(NPRS, List.of(10)).score()).isEqualByComparingTo("10");
        // a single rating and three ratings are both compared on the same 0–10 scale
        assertThat(Change.between(Scores.score(NPRS, List.of(5, 3, 7)), now).verdict())
                .isEqualTo(Change.Verdict.WORSE);
    }

    @Test
    void theNprsTakesOneRatingOrThreeNeverTwo() {
        assertThat(NPRS.accepts(1)).isTrue();
        assertThat(NPRS.accepts(2)).isFalse();
        assertThat(NPRS.accepts(3)).isTrue();
        assertThat(NPRS.accepts(0)).isFalse();
        assertThat(NPRS.accepts(4)).isFalse();
        assertThat(PSFS.accepts(2)).isTrue();
    }

    @Test
    void psfsIsTheSumOfTheRatingsOverTheNumberOfActivities() {
        OutcomeScore three = Scores.score(PSFS, List.of(3, 5, 4));
        assertThat(three.score()).isEqualByComparingTo("4");
        assertThat(three.maxScore()).isEqualByComparingTo("10");
        assertThat(three.percent()).isNull();
        assertThat(three.answered()).isEqualTo(3);
        assertThat(three.interpretation()).isEqualTo("Mean 4/10 over 3 activities (0 = unable, 10 = pre-injury level)");
        assertThat(Scores.score(PSFS, List.of(4, 5)).score()).isEqualByComparingTo("4.5");
        assertThat(Scores.score(PSFS, List.of(2, 3, 3)).score()).isEqualByComparingTo("2.67");
        assertThat(Scores.score(PSFS, List.of(0, 10, 7, 3, 9)).score()).isEqualByComparingTo("5.8");
    }

    @Test
    void psfsTakesOneToFiveActivities() {
        OutcomeScore one = Scores.score(PSFS, List.of(7));
        assertThat(one.score()).isEqualByComparingTo("7");
        assertThat(one.interpretation()).contains("over 1 activity ");
        assertThat(Scores.score(PSFS, List.of(1, 2, 3, 4, 5)).answered()).isEqualTo(5);
    }

    @Test
    void grocIsTheRatingItselfDescribedButNotJudged() {
        OutcomeScore better = Scores.score(GROC, List.of(3));
        assertThat(better.score()).isEqualByComparingTo("3");
        assertThat(better.maxScore()).isEqualByComparingTo("7");
        assertThat(better.percent()).isNull();
        assertThat(better.answered()).isEqualTo(1);
        assertThat(better.interpretation()).isEqualTo("+3: better (+7 = a very great deal better)");
        assertThat(Scores.score(GROC, List.of(1)).interpretation()).startsWith("+1: better");
        assertThat(Scores.score(GROC, List.of(0)).interpretation()).isEqualTo("0: about the same");
        assertThat(Scores.score(GROC, List.of(-1)).interpretation()).startsWith("-1: worse");
        OutcomeScore worst = Scores.score(GROC, List.of(-7));
        assertThat(worst.score()).isEqualByComparingTo("-7");
        assertThat(worst.interpretation()).isEqualTo("-7: worse (-7 = a very great deal worse)");
    }
}
