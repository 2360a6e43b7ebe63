package org.rhomboid.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SignInDelayTest {

    private final SignInDelay delay = new SignInDelay(5, Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofHours(1));

    @Test
    void aFewMistakesCostNothing() {
        for (int failures = 0; failures <= 5; failures++) {
            assertThat(delay.after(failures)).isZero();
        }
    }

    @Test
    void eachFailureBeyondThemDoublesTheWaitUpToTheCeiling() {
        assertThat(delay.after(6)).isEqualTo(Duration.ofSeconds(5));
        assertThat(delay.after(7)).isEqualTo(Duration.ofSeconds(10));
        assertThat(delay.after(9)).isEqualTo(Duration.ofSeconds(40));
        assertThat(delay.after(12)).isEqualTo(Duration.ofMinutes(5));
        assertThat(delay.after(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void theWaitRunsFromTheLastFailure() {
        assertThat(delay.remaining(7, Duration.ofSeconds(4))).isEqualTo(Duration.ofSeconds(6));
        assertThat(delay.remaining(7, Duration.ofSeconds(11))).isZero();
    }

    @Test
    void failuresAreForgottenAfterAQuietSpell() {
        assertThat(delay.remaining(1000, Duration.ofMinutes(61))).isZero();
        assertThat(delay.remaining(1000, Duration.ofMinutes(4))).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void retryAfterIsInWholeSecondsAndNeverZeroWhileWaiting() {
        assertThat(SignInDelay.seconds(Duration.ZERO)).isZero();
        assertThat(SignInDelay.seconds(Duration.ofMillis(1))).isEqualTo(1);
        assertThat(SignInDelay.seconds(Duration.ofMillis(4001))).isEqualTo(5);
    }

    @Test
    void nonsenseSettingsAreRefused() {
        assertThatThrownBy(() -> new SignInDelay(-1, Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SignInDelay(1, Duration.ofSeconds(3), Duration.ofSeconds(2), Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
