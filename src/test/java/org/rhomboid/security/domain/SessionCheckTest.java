package org.rhomboid.security.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.rhomboid.security.domain.SessionCheck.Standing;
import org.rhomboid.security.domain.SessionCheck.Verdict;

class SessionCheckTest {

    private final SessionCheck check = new SessionCheck(Duration.ofHours(12));
    private final Instant signedIn = Instant.parse("2026-03-02T08:00:00Z");

    @Test
    void aSessionGoesOnWhileTheAccountIsAsItWasAndTheSessionIsYoungEnough() {
        assertThat(check.judge(3, signedIn, new Standing(true, 3, false), signedIn.plus(Duration.ofHours(11))))
                .isEqualTo(Verdict.GOES_ON);
    }

    @Test
    void deactivationARoleOrPasswordChangeOrADeletedAccountEndIt() {
        Instant now = signedIn.plusSeconds(60);
        assertThat(check.judge(3, signedIn, new Standing(false, 4, false), now)).isEqualTo(Verdict.ACCOUNT_CHANGED);
        assertThat(check.judge(3, signedIn, new Standing(true, 4, false), now)).isEqualTo(Verdict.ACCOUNT_CHANGED);
        assertThat(check.judge(3, signedIn, null, now)).isEqualTo(Verdict.ACCOUNT_CHANGED);
    }

    @Test
    void theAbsoluteLifetimeEndsEvenABusySession() {
        assertThat(check.judge(3, signedIn, new Standing(true, 3, false), signedIn.plus(Duration.ofHours(12)).plusSeconds(1)))
                .isEqualTo(Verdict.TOO_OLD);
        assertThat(check.judge(3, null, new Standing(true, 3, false), signedIn)).isEqualTo(Verdict.TOO_OLD);
    }

    @Test
    void aPasswordTheAdministratorSetMustBeChangedFirst() {
        assertThat(check.judge(3, signedIn, new Standing(true, 3, true), signedIn.plusSeconds(5)))
                .isEqualTo(Verdict.MUST_CHANGE_PASSWORD);
    }

    @Test
    void aPasswordAloneOpensNothingWhileTheAccountHasASecondFactor() {
        Standing withFactor = new Standing(true, 3, false, false, true);
        assertThat(check.judge(3, signedIn, false, withFactor, signedIn.plusSeconds(5)))
                .isEqualTo(Verdict.MUST_GIVE_SECOND_FACTOR);
        assertThat(check.judge(3, signedIn, true, withFactor, signedIn.plusSeconds(5))).isEqualTo(Verdict.GOES_ON);
    }

    @Test
    void aClinicThatRequiresASecondFactorHasItSetUpBeforeAnythingElse() {
        Standing required = new Standing(true, 3, false, true, false);
        assertThat(check.judge(3, signedIn, false, required, signedIn.plusSeconds(5)))
                .isEqualTo(Verdict.MUST_SET_UP_SECOND_FACTOR);
        assertThat(check.judge(3, signedIn, false, new Standing(true, 3, false, false, false), signedIn.plusSeconds(5)))
                .as("not required, none set up").isEqualTo(Verdict.GOES_ON);
    }

    @Test
    void theAdministratorsPasswordComesFirstAndAChangedAccountEndsEvenAVerifiedSession() {
        assertThat(check.judge(3, signedIn, false, new Standing(true, 3, true, true, false), signedIn.plusSeconds(5)))
                .isEqualTo(Verdict.MUST_CHANGE_PASSWORD);
        assertThat(check.judge(3, signedIn, true, new Standing(true, 4, false, true, true), signedIn.plusSeconds(5)))
                .isEqualTo(Verdict.ACCOUNT_CHANGED);
        assertThat(check.judge(3, signedIn, true, new Standing(true, 3, false, true, true),
                signedIn.plus(Duration.ofHours(13)))).isEqualTo(Verdict.TOO_OLD);
    }
}
