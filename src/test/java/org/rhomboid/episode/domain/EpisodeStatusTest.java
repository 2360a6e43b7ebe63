package org.rhomboid.episode.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EpisodeStatusTest {

    @Test
    void openAndOnHoldEpisodesMoveFreelyAndCanBeDischarged() {
        assertThat(EpisodeStatus.OPEN.canBecome(EpisodeStatus.ON_HOLD)).isTrue();
        assertThat(EpisodeStatus.ON_HOLD.canBecome(EpisodeStatus.OPEN)).isTrue();
        assertThat(EpisodeStatus.OPEN.canBecome(EpisodeStatus.DISCHARGED)).isTrue();
        assertThat(EpisodeStatus.ON_HOLD.canBecome(EpisodeStatus.DISCHARGED)).isTrue();
    }

    @Test
    void dischargeIsFinal() {
        assertThat(EpisodeStatus.DISCHARGED.canBecome(EpisodeStatus.OPEN)).isFalse();
        assertThat(EpisodeStatus.DISCHARGED.canBecome(EpisodeStatus.ON_HOLD)).isFalse();
        assertThat(EpisodeStatus.DISCHARGED.canBecome(EpisodeStatus.DISCHARGED)).isTrue();
    }
}
