package org.rhomboid.link.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.rhomboid.episode.domain.EpisodeStatus;

class LinkLifeTest {

    @Test
    void linksAnswerOnlyWhileTheEpisodeIsInCare() {
        assertThat(LinkLife.inCare(EpisodeStatus.OPEN)).isTrue();
        assertThat(LinkLife.inCare(EpisodeStatus.ON_HOLD)).as("paused").isFalse();
        assertThat(LinkLife.inCare(EpisodeStatus.DISCHARGED)).as("ended").isFalse();
    }

    @Test
    void aLinkWorksUntilItsMomentAndAPortalLinkAllOfItsLastDay() {
        OffsetDateTime expiry = OffsetDateTime.parse("2026-12-08T09:30:00Z");
        assertThat(LinkLife.beforeExpiry(expiry, expiry.minusSeconds(1))).isTrue();
        assertThat(LinkLife.beforeExpiry(expiry, expiry)).isFalse();
        LocalDate last = LocalDate.of(2027, 2, 14);
        assertThat(LinkLife.onOrBefore(last, last)).isTrue();
        assertThat(LinkLife.onOrBefore(last, last.plusDays(1))).isFalse();
    }
}
