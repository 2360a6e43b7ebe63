package org.rhomboid.patient.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmergencyReasonTest {

    @Test
    void aReasonSomeoneCanReviewLater() {
        assertThat(EmergencyReason.problem("Collapsed in the gym; PT away")).isEmpty();
        assertThat(EmergencyReason.problem("urgent")).get().asString().contains("at least 10");
        assertThat(EmergencyReason.problem("   ")).isPresent();
        assertThat(EmergencyReason.problem(null)).isPresent();
        assertThat(EmergencyReason.problem("x".repeat(501))).get().asString().contains("at most 500");
        assertThat(EmergencyReason.problem("long enough\u0000 with a NUL")).get().asString().contains("plain text");
        assertThat(EmergencyReason.problem("two lines\nare fine here")).isEmpty();
    }
}
