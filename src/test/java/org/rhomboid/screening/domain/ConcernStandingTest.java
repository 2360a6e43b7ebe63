package org.rhomboid.screening.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConcernStandingTest {

    @Test
    void aConcernIsOpenUntilAcknowledgedWhateverItsLevel() {
        for (Disposition level : Disposition.values()) {
            assertThat(ConcernStanding.of(level, false)).as(level.name()).isEqualTo(ConcernStanding.OPEN);
        }
    }

    @Test
    void anAcknowledgedReferralLevelConcernIsReferredAndAWatchfulOneMonitored() {
        assertThat(ConcernStanding.of(Disposition.URGENT_REFERRAL, true)).isEqualTo(ConcernStanding.REFERRED);
        assertThat(ConcernStanding.of(Disposition.EMERGENCY_REFERRAL, true)).isEqualTo(ConcernStanding.REFERRED);
        assertThat(ConcernStanding.of(Disposition.ROUTINE_REFERRAL, true)).isEqualTo(ConcernStanding.REFERRED);
        assertThat(ConcernStanding.of(Disposition.TREAT_WITH_MONITORING, true)).isEqualTo(ConcernStanding.MONITORED);
    }

    @Test
    void everyPrecautionReadsAsAnInstructionWithoutItsCode() {
        for (PrecautionCode code : PrecautionCode.values()) {
            assertThat(code.label()).startsWith("No ").doesNotContain("_").isNotEqualTo(code.name());
        }
        assertThat(PrecautionCode.NO_THRUST_MANIPULATION.label()).isEqualTo("No thrust manipulation");
    }
}
