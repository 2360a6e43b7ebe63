package org.rhomboid.link.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LinkPolicyTest {

    private static final OffsetDateTime SENT = OffsetDateTime.of(2026, 12, 1, 9, 30, 0, 0, ZoneOffset.UTC);
    private final LinkPolicy policy = new LinkPolicy(3, 10, 14);

    @Test
    void intakeAndMeasuresLinksLastTheClinicsDaysFromWhenTheyAreSent() {
        assertThat(policy.intakeExpiry(SENT)).isEqualTo(SENT.plusDays(3));
        assertThat(policy.measuresExpiry(SENT)).isEqualTo(SENT.plusDays(10));
        assertThat(LinkPolicy.DEFAULTS.intakeExpiry(SENT)).as("a week, as before").isEqualTo(SENT.plusDays(7));
    }

    @Test
    void thePortalLastsTheGracePeriodAfterThePlansLastDay() {
        LocalDate planEnd = LocalDate.of(2027, 1, 31);
        assertThat(policy.portalLastDay(planEnd, LocalDate.of(2026, 12, 1))).isEqualTo(LocalDate.of(2027, 2, 14));
    }

    @Test
    void aPortalLinkGivenWithoutAPlanOrAfterItRanOutGetsTheGracePeriodFromTheDayItWasGiven() {
        LocalDate given = LocalDate.of(2026, 12, 1);
        assertThat(policy.portalLastDay(null, given)).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(policy.portalLastDay(LocalDate.of(2026, 11, 20), given)).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(new LinkPolicy(3, 10, 0).portalLastDay(null, given)).as("no grace: that day only").isEqualTo(given);
    }

    @Test
    void daysOutsideTheLimitsAreRefused() {
        assertThatThrownBy(() -> new LinkPolicy(0, 7, 30)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LinkPolicy(7, 31, 30)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LinkPolicy(7, 7, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LinkPolicy(7, 7, 91)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new LinkPolicy(1, 30, 90).portalGraceDays()).isEqualTo(90);
    }
}
