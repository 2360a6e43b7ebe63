package org.rhomboid.security.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimitsTest {

    private final RateLimits limits = new RateLimits(Duration.ofMinutes(1), 10, 20, 30, 40);

    @Test
    void signInsAreCountedPerAddressOnTheFormAndTheTokenRoute() {
        assertThat(limits.budgetsFor("POST", "/login", "10.0.0.5", null))
                .containsExactly(new RateLimits.Budget("sign-in", "10.0.0.5", 10));
        assertThat(limits.budgetsFor("POST", "/api/v1/auth/token", "10.0.0.5", null))
                .containsExactly(new RateLimits.Budget("sign-in", "10.0.0.5", 10));
        assertThat(limits.budgetsFor("GET", "/login", "10.0.0.5", null)).isEmpty();
    }

    @Test
    void patientLinksAreCountedPerAddress() {
        for (String path : new String[] {"/intake/abc", "/measures/abc", "/portal/abc/diary"}) {
            assertThat(limits.budgetsFor("GET", path, "10.0.0.5", null))
                    .containsExactly(new RateLimits.Budget("patient-link", "10.0.0.5", 20));
        }
    }

    @Test
    void theApiIsCountedPerAddressAndPerToken() {
        assertThat(limits.budgetsFor("GET", "/api/v1/patients/1", "10.0.0.5", "rht_x")).containsExactly(
                new RateLimits.Budget("api", "10.0.0.5", 30), new RateLimits.Budget("api-token", "rht_x", 40));
        assertThat(limits.budgetsFor("GET", "/api/v1/patients/1", "10.0.0.5", null))
                .containsExactly(new RateLimits.Budget("api", "10.0.0.5", 30));
    }

    @Test
    void signedInPagesAreNotCountedAndZeroTurnsALimitOff() {
        assertThat(limits.budgetsFor("GET", "/patients", "10.0.0.5", null)).isEmpty();
        assertThat(new RateLimits(Duration.ofMinutes(1), 0, 0, 0, 0).budgetsFor("POST", "/login", "10.0.0.5", null))
                .isEmpty();
    }

    @Test
    void budgetsOfDifferentKindsNeverShareAKey() {
        assertThat(new RateLimits.Budget("api", "x", 1).key()).isNotEqualTo(new RateLimits.Budget("api-token", "x", 1).key());
        assertThatThrownBy(() -> new RateLimits(Duration.ZERO, 1, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
