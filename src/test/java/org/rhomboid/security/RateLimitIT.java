package org.rhomboid.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rhomboid.support.FromAddress;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 15, control 13: patient-link routes and the API answer 429 with Retry-After once an address has used its
 * requests for the window. Each test sends from a loopback address of its own, so the generous limits the rest of
 * the suite works under (everything from 127.0.0.1) are driven over here without touching anyone else.
 */
@RhomboidIntegrationTest
class RateLimitIT {

    @LocalServerPort
    int port;
    @Value("${rhomboid.rate-limit.patient-links-per-address:600}")
    int patientLinks;
    @Value("${rhomboid.rate-limit.sign-in-per-address:600}")
    int signIns;

    @Test
    void aPatientLinkRouteAnswersACalmPageOnceTheAddressHasUsedItsRequests() {
        FromAddress phone = new FromAddress("127.0.0.37", port);
        for (int i = 0; i < patientLinks; i++) {
            assertThat(phone.get("/intake/not-a-real-link-" + i).status()).isNotEqualTo(429);
        }
        FromAddress.Reply refused = phone.get("/intake/not-a-real-link");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 3600L);
        assertThat(refused.header("Content-Type")).startsWith("text/html");
        assertThat(refused.body()).contains("Please wait").doesNotContain("Exception");
        // Another address is not affected.
        assertThat(new FromAddress("127.0.0.38", port).get("/intake/not-a-real-link").status()).isNotEqualTo(429);
    }

    @Test
    void theTokenRouteAnswersProblemJsonOnceTheAddressHasUsedItsSignIns() {
        FromAddress client = new FromAddress("127.0.0.39", port);
        for (int i = 0; i < signIns; i++) {
            // Invalid requests cost no password check, and still count.
            assertThat(client.postJson("/api/v1/auth/token", "{}").status()).isEqualTo(400);
        }
        FromAddress.Reply refused = client.postJson("/api/v1/auth/token", "{}");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.header("Retry-After")).isNotBlank();
        assertThat(refused.body()).contains("\"status\":429");
    }
}
