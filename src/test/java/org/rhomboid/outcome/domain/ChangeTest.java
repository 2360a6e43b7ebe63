package org.rhomboid.outcome.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.rhomboid.outcome.domain.Change.Verdict.IMPROVED;
import static org.rhomboid.outcome.domain.Change.Verdict.UNCHANGED;
import static org.rhomboid.outcome.domain.Change.Verdict.WORSE;
import static org.rhomboid.outcome.domain.OutcomeInstrument.FABQ;
import static org.rhomboid.outcome.domain.OutcomeInstrument.FRI;
import static org.rhomboid.outcome.domain.OutcomeInstrument.GROC;
import static org.rhomboid.outcome.domain.OutcomeInstrument.NDI;
import static org.rhomboid.outcome.domain.OutcomeInstrument.NPRS;
import static org.rhomboid.outcome.domain.OutcomeInstrument.ODI;
import static org.rhomboid.outcome.domain.OutcomeInstrument.PSFS;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeTest {

    static ScoringException refused(Runnable change) {
        return catchThrowableOfType(ScoringException.class, change::run);
    }

    @Test
    void aFallInNdiOfTheMcidIsAnImprovement() {
        Change change = Change.of(NDI, 36, 26);
        assertThat(change.change()).isEqualByComparingTo("-10");
        assertThat(change.improvement()).isEqualByComparingTo("10");
        assertThat(change.mcid().value()).isEqualByComparingTo("10");
        assertThat(change.reachesMcid()).isTrue();
        assertThat(change.verdict()).isEqualTo(IMPROVED);
    }

    @Test
    void aChangeSmallerThanTheMcidEitherWayIsUnchanged() {
        assertThat(Change.of(NDI, 36, 26.1).verdict()).isEqualTo(UNCHANGED);
        assertThat(Change.of(NDI, 36, 26.1).reachesMcid()).isFalse();
        assertThat(Change.of(NDI, 26, 35.9).verdict()).isEqualTo(UNCHANGED);
        assertThat(Change.of(NDI, 30, 30).verdict()).isEqualTo(UNCHANGED);
    }

    @Test
    void worseningByAtLeastTheMcidIsWorse() {
        Change change = Change.of(NDI, 26, 36);
        assertThat(change.change()).isEqualByComparingTo("10");
        assertThat(change.improvement()).isEqualByComparingTo("-10");
        assertThat(change.reachesMcid()).isFalse();
        assertThat(change.verdict()).isEqualTo(WORSE);
    }

    @Test
    void directionDecidesWhichWayIsBetter() {
        // PSFS: higher is better
        assertThat(Change.of(PSFS, 4, 6).verdict()).isEqualTo(IMPROVED);
        assertThat(Change.of(PSFS, 6, 4).verdict()).isEqualTo(WORSE);
        assertThat(Change.of(PSFS, 4, 5.5).verdict()).isEqualTo(UNCHANGED);
        // NPRS: lower is better
        assertThat(Change.of(NPRS, 6, 4).verdict()).isEqualTo(IMPROVED);
        assertThat(Change.of(NPRS, 4, 6).verdict()).isEqualTo(WORSE);
        assertThat(Change.of(NPRS, 6, 4.33).verdict()).isEqualTo(UNCHANGED);
    }

    @Test
    void eachInstrumentUsesItsOwnMcid() {
        assertThat(Change.of(ODI, 40, 30).verdict()).isEqualTo(IMPROVED);
        assertThat(Change.of(ODI, 40, 31).verdict()).isEqualTo(UNCHANGED);
        assertThat(Change.of(FRI, 40, 31).verdict()).isEqualTo(IMPROVED);
        assertThat(Change.of(FRI, 40, 31.5).verdict()).isEqualTo(UNCHANGED);
        assertThat(Change.of(FRI, 31, 40).verdict()).isEqualTo(WORSE);
        assertThat(Change.of(NPRS, 5, 3).mcid().source()).isEqualTo("NPRS-MCID");
        assertThat(Change.of(PSFS, 3, 5).mcid().kind()).isEqualTo(Mcid.Kind.MDC);
    }

    @Test
    void scoresAreComparedOnThePercentForTheIndexes() {
        OutcomeScore baseline = Scores.score(NDI, Arrays.asList(3, 2, null, 1, 0, 2, 3, 1, 2, 2)); // 16/45 = 35.6%
        OutcomeScore followUp = Scores.score(NDI, Collections.nCopies(10, 1)); // 10/50 = 20.0%
        Change change = Change.between(baseline, followUp);
        assertThat(change.baseline()).isEqualByComparingTo("35.6");
        assertThat(change.followUp()).isEqualByComparingTo("20.0");
        assertThat(change.change()).isEqualByComparingTo("-15.6");
        assertThat(change.verdict()).isEqualTo(IMPROVED);
    }

    @Test
    void meansKeepTwoDecimalsSoRoundingCannotCarryAChangeOverTheMcid() {
        OutcomeScore baseline = Scores.score(PSFS, List.of(4, 4, 5)); // 4.333…
        OutcomeScore followUp = Scores.score(PSFS, List.of(6, 6, 6, 7)); // 6.25: 1.92 better, under the MDC of 2
        Change change = Change.between(baseline, followUp);
        assertThat(change.change()).isEqualByComparingTo("1.92");
        assertThat(change.verdict()).isEqualTo(UNCHANGED);
        Change nprs = Change.between(Scores.score(NPRS, List.of(6, 5, 8)), Scores.score(NPRS, List.of(4, 3, 6)));
        assertThat(nprs.change()).isEqualByComparingTo("-2");
        assertThat(nprs.verdict()).isEqualTo(IMPROVED);
    }

    @Test
    void fabqSubscalesAreJudgedAgainstTheirOwnPublishedMcids() {
        // Monticone 2020: physical activity 4 points, work 7 points; lower is better
        Change activity = Change.of(FabqSubscale.PHYSICAL_ACTIVITY, BigDecimal.valueOf(18), BigDecimal.valueOf(14));
        assertThat(activity.verdict()).isEqualTo(IMPROVED);
        assertThat(activity.mcid().value()).isEqualByComparingTo("4");
        assertThat(activity.mcid().source()).isEqualTo("FABQ-MCID");
        assertThat(activity.subscale()).isEqualTo(FabqSubscale.PHYSICAL_ACTIVITY);
        assertThat(Change.of(FabqSubscale.PHYSICAL_ACTIVITY, BigDecimal.valueOf(18), BigDecimal.valueOf(15)).verdict())
                .isEqualTo(UNCHANGED);
        assertThat(Change.of(FabqSubscale.WORK, BigDecimal.valueOf(30), BigDecimal.valueOf(23)).verdict())
                .isEqualTo(IMPROVED);
        assertThat(Change.of(FabqSubscale.WORK, BigDecimal.valueOf(30), BigDecimal.valueOf(24)).verdict())
                .isEqualTo(UNCHANGED);
        assertThat(Change.of(FabqSubscale.WORK, BigDecimal.valueOf(20), BigDecimal.valueOf(27)).verdict())
                .isEqualTo(WORSE);
        assertThat(Change.of(FabqSubscale.WORK, BigDecimal.ZERO, BigDecimal.ZERO).subscale().key()).isEqualTo("work");

        // between two scored FABQs: both subscales, physical activity first
        OutcomeScore before = Scores.score(FABQ, List.of(0, 6, 6, 5, 4, 6, 6, 0, 5, 5, 6, 4, 0, 0, 6, 0));
        OutcomeScore after = Scores.score(FABQ, List.of(0, 4, 4, 3, 4, 4, 4, 0, 4, 4, 4, 4, 0, 0, 4, 0));
        List<Change> both = Change.ofFabq(before, after);
        assertThat(both).extracting(Change::subscale).containsExactly(FabqSubscale.PHYSICAL_ACTIVITY, FabqSubscale.WORK);
        assertThat(both.get(0).change()).isEqualByComparingTo("-6"); // 21 → 15
        assertThat(both.get(1).change()).isEqualByComparingTo("-10"); // 38 → 28
        assertThat(both).extracting(Change::verdict).containsExactly(IMPROVED, IMPROVED);
    }

    @Test
    void aFabqChangeNeedsItsSubscaleAndTheSubscalesRange() {
        ScoringException fabq = refused(() -> Change.of(FABQ, 30, 20));
        assertThat(fabq.field()).isEqualTo("subscale");
        assertThat(fabq.getMessage()).contains("physicalActivity or work").contains("4 and 7 points");
        OutcomeScore scored = Scores.score(FABQ, Collections.nCopies(16, 1));
        assertThat(refused(() -> Change.between(scored, scored)).field()).isEqualTo("subscale");
        assertThat(refused(() -> FabqSubscale.of("total")).field()).isEqualTo("subscale");
        assertThat(refused(() -> FabqSubscale.of(null)).getMessage()).contains("each has its own MCID");
        ScoringException high = refused(() -> Change.of(FabqSubscale.PHYSICAL_ACTIVITY, BigDecimal.valueOf(25),
                BigDecimal.ONE));
        assertThat(high.field()).isEqualTo("baseline");
        assertThat(high.getMessage()).isEqualTo("The FABQ physical activity baseline must be 0–24; got 25");
        assertThat(refused(() -> Change.of(FabqSubscale.WORK, BigDecimal.ONE, BigDecimal.valueOf(43))).field())
                .isEqualTo("followUp");
    }

    @Test
    void grocCannotBeJudged() {
        OutcomeScore groc = Scores.score(GROC, List.of(2));
        assertThat(refused(() -> Change.between(groc, groc)).field()).isEqualTo("instrument");
        assertThat(refused(() -> Change.of(null, 3, 2)).field()).isEqualTo("instrument");
    }

    @Test
    void valuesOffTheScaleOrMissingAreRefused() {
        ScoringException high = refused(() -> Change.of(NDI, 120, 30));
        assertThat(high.field()).isEqualTo("baseline");
        assertThat(high.getMessage()).isEqualTo("The NDI baseline must be 0–100%; got 120.0%");
        assertThat(refused(() -> Change.of(NPRS, 5, 11)).field()).isEqualTo("followUp");
        assertThat(refused(() -> Change.of(PSFS, -0.5, 4)).field()).isEqualTo("baseline");
        assertThat(refused(() -> Change.of(NPRS, Double.NaN, 4)).field()).isEqualTo("baseline");
        assertThat(refused(() -> Change.of(NDI, null, BigDecimal.TEN)).field()).isEqualTo("baseline");
        assertThat(refused(() -> Change.between(Scores.score(NPRS, List.of(1, 1, 1)), null)).field()).isEqualTo("followUp");
    }

    @Test
    void scoresOfDifferentInstrumentsAreNotCompared() {
        OutcomeScore ndi = Scores.score(NDI, Collections.nCopies(10, 2));
        OutcomeScore odi = Scores.score(ODI, Collections.nCopies(10, 1));
        ScoringException e = refused(() -> Change.between(ndi, odi));
        assertThat(e.field()).isEqualTo("followUp");
        assertThat(e.getMessage()).isEqualTo("Compare scores of one instrument: the baseline is NDI, the follow-up ODI");
    }
}
