package org.rhomboid.outcome.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rhomboid.outcome.domain.OutcomeInstrument.FABQ;
import static org.rhomboid.outcome.domain.OutcomeInstrument.FRI;
import static org.rhomboid.outcome.domain.OutcomeInstrument.GROC;
import static org.rhomboid.outcome.domain.OutcomeInstrument.NDI;
import static org.rhomboid.outcome.domain.OutcomeInstrument.NPRS;
import static org.rhomboid.outcome.domain.OutcomeInstrument.ODI;
import static org.rhomboid.outcome.domain.OutcomeInstrument.PSFS;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rhomboid.goal.domain.Instrument;

class OutcomeInstrumentTest {

    @Test
    void loincCodesAreTheKnownOnesAndNoneIsInventedForTheRest() {
        assertThat(NPRS.loinc()).hasValue("72514-3");
        assertThat(NDI.loinc()).hasValue("82237-9");
        // 97908-8 is the ODI questionnaire (panel); the score is 97909-6 (review 2026-12, OUTCOME-LOINC)
        assertThat(ODI.loinc()).hasValue("97909-6");
        assertThat(ODI.loincPanel()).hasValue("97908-8");
        assertThat(NDI.loincPanel()).hasValue("82226-2");
        for (OutcomeInstrument none : List.of(PSFS, FABQ, FRI, GROC)) {
            assertThat(none.loinc()).as(none.name()).isEmpty();
        }
        for (OutcomeInstrument instrument : OutcomeInstrument.values()) {
            assertThat(instrument.loinc().orElse("none")).as("a panel code is never a result's code")
                    .isNotIn("97908-8", "82226-2");
        }
        assertThat(List.of(PSFS, FABQ, FRI, GROC, NPRS)).allSatisfy(i -> assertThat(i.loincPanel()).isEmpty());
    }

    @Test
    void theValueUnderTheNdiAndOdiCodesIsThePercentage() {
        OutcomeScore ndi = Scores.score(NDI, List.of(2, 1, 2, 2, 3, 2, 2, 2, 2, 2));
        assertThat(ndi.comparable()).isEqualByComparingTo("40").isEqualByComparingTo(ndi.percent());
        assertThat(NDI.reportsPercent()).isTrue();
        assertThat(ODI.reportsPercent()).isTrue();
    }

    @Test
    void mcidsComeFromKnowledgeBaseC() {
        assertThat(NPRS.mcid().orElseThrow().value()).isEqualByComparingTo("2");
        assertThat(PSFS.mcid().orElseThrow().value()).isEqualByComparingTo("2");
        assertThat(PSFS.mcid().orElseThrow().kind()).isEqualTo(Mcid.Kind.MDC);
        assertThat(NDI.mcid().orElseThrow().value()).isEqualByComparingTo("10");
        assertThat(ODI.mcid().orElseThrow().value()).isEqualByComparingTo("10");
        assertThat(FRI.mcid().orElseThrow().value()).isEqualByComparingTo("9");
        assertThat(FRI.mcid().orElseThrow().source()).isEqualTo("FRI-MCID");
        assertThat(FABQ.mcid()).as("the FABQ's MCIDs are per subscale").isEmpty();
        assertThat(FabqSubscale.PHYSICAL_ACTIVITY.mcid().value()).isEqualByComparingTo("4");
        assertThat(FabqSubscale.WORK.mcid().value()).isEqualByComparingTo("7");
        assertThat(GROC.mcid()).as("GROC threshold unconfirmed").isEmpty();
    }

    @Test
    void onlyPsfsAndGrocAreBetterHigher() {
        assertThat(List.of(OutcomeInstrument.values())).filteredOn(OutcomeInstrument::higherIsBetter)
                .containsExactly(PSFS, GROC);
    }

    @Test
    void mcidsAndDirectionsAgreeWithTheSmartGoalInstruments() {
        for (OutcomeInstrument outcome : List.of(NPRS, PSFS, NDI, ODI, FRI)) {
            Instrument goal = Instrument.valueOf(outcome.name());
            assertThat(outcome.mcid().orElseThrow().value().doubleValue()).as(outcome.name()).isEqualTo(goal.mcic());
            assertThat(outcome.higherIsBetter()).as(outcome.name()).isEqualTo(goal.higherIsBetter());
            assertThat((double) outcome.scaleMin()).as(outcome.name()).isEqualTo(goal.min());
            assertThat((double) outcome.scaleMax()).as(outcome.name()).isEqualTo(goal.max());
        }
    }

    @Test
    void missingItemLimitsPerInstrument() {
        assertThat(NDI.maxMissing()).isEqualTo(2);
        assertThat(ODI.maxMissing()).isEqualTo(2);
        assertThat(FRI.maxMissing()).isEqualTo(1);
        assertThat(List.of(NPRS, PSFS, GROC)).allSatisfy(i -> assertThat(i.maxMissing()).isZero());
    }
}
