package org.rhomboid.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The scrape token is the metrics' only lock: a short one stops Rhomboid at start, none keeps them closed. */
class MetricsScrapeFilterTest {

    @Test
    void aShortTokenIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new MetricsScrapeFilter("secret")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("RHOMBOID_METRICS_TOKEN must be at least 32 characters")
                .hasMessageNotContaining("secret");
        assertThatThrownBy(() -> new MetricsScrapeFilter("x".repeat(31))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void noTokenOrALongOneStarts() {
        assertThatCode(() -> new MetricsScrapeFilter("")).doesNotThrowAnyException();
        assertThatCode(() -> new MetricsScrapeFilter("x".repeat(32))).doesNotThrowAnyException();
    }
}
