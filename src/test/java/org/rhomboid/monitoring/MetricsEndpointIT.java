package org.rhomboid.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rhomboid.account.Role;
import org.rhomboid.screening.domain.Disposition;
import org.rhomboid.support.ApiClient;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.SignedEvaluation;
import org.rhomboid.support.TestClinics;
import org.rhomboid.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Prometheus reads /actuator/prometheus with the scrape token and nothing else does: not an anonymous caller, not a
 * wrong token, not a staff member's API token or session. The token in turn opens no patient route. What it reads:
 * request latency histograms per route template, the pool, database transactions and the clinic's counters.
 */
@RhomboidIntegrationTest
class MetricsEndpointIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Value("${rhomboid.metrics.token}")
    String scrapeToken;
    @Autowired
    TestClinics clinics;
    @Autowired
    MeterRegistry registry;
    @Autowired
    BusinessCounters counters;
    @Autowired
    TransactionTemplate transaction;

    HttpResponse<String> scrape(String authorization) {
        return get("/actuator/prometheus", authorization, null);
    }

    HttpResponse<String> get(String path, String authorization, String cookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    static void refused(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":401").doesNotContain("# HELP", "_total", "hikaricp");
    }

    @Test
    void nobodyButTheScrapeTokenReadsTheMetrics() {
        TestClinics.Clinic clinic = clinics.create("Scrapeworth");
        refused(scrape(null));
        refused(scrape("Bearer " + scrapeToken.substring(1)));
        refused(scrape("Bearer " + scrapeToken + "x"));
        refused(scrape("Basic " + scrapeToken));
        // A clinic administrator's API token is a staff credential, not the scrape token.
        ApiClient admin = ApiClient.signedIn(port, clinic.user(Role.CLINIC_ADMIN).email(), TestClinics.PASSWORD);
        refused(scrape("Bearer " + admin.token()));
        // Nor does a signed-in session open them: the scrape's door keeps no sessions.
        WebSession session = WebSession.signIn(port, clinic.user(Role.CLINIC_ADMIN).email(), TestClinics.PASSWORD);
        refused(get("/actuator/prometheus", null, session.cookieHeader()));

        assertThat(scrape("Bearer " + scrapeToken).statusCode()).isEqualTo(200);
    }

    @Test
    void theScrapeTokenOpensNoPatientRoute() {
        TestClinics.Clinic clinic = clinics.create("Tokenbury");
        String bearer = "Bearer " + scrapeToken;
        assertThat(get("/api/v1/patients/" + clinic.patient().id(), bearer, null).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/episodes/" + clinic.episode().id(), bearer, null).statusCode()).isEqualTo(401);
        HttpResponse<String> page = get("/patients/" + clinic.patient().id(), bearer, null);
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).contains("/login"));
        assertThat(get("/actuator/health", bearer, null).body()).doesNotContain("Tokenbury");
    }

    @Test
    void latencyPerRouteTemplatePoolAndTransactionsWithoutPatientIds() {
        TestClinics.Clinic clinic = clinics.create("Histogramley");
        ApiClient pt = ApiClient.signedIn(port, clinic.user(Role.PT).email(), TestClinics.PASSWORD);
        assertThat(pt.get("/api/v1/patients/" + clinic.patient().id()).status()).isEqualTo(200);

        String metrics = scrape("Bearer " + scrapeToken).body();
        assertThat(metrics)
                // A histogram per route template: buckets for quantiles across instances.
                .containsPattern("http_server_requests_seconds_bucket\\{[^}]*uri=\"/api/v1/patients/\\{patientId}\"")
                .containsPattern("http_server_requests_seconds_count\\{[^}]*application=\"rhomboid\"")
                .contains("hikaricp_connections_active{", "hikaricp_connections_acquire_seconds",
                        "hikaricp_connections_usage_seconds")
                .containsPattern("rhomboid_db_transactions_seconds_bucket\\{[^}]*outcome=\"commit\"")
                .contains("rhomboid_screenings_total{", "disposition=\"EMERGENCY_REFERRAL\"",
                        "rhomboid_notes_signed_total{", "kind=\"DAILY_NOTE\"", "rhomboid_claims_batched_total")
                .doesNotContain(clinic.patient().id().toString(), clinic.episode().id().toString(), "Histogramley");
    }

    @Test
    void signingAnEvaluationCountsItsNoteAndItsScreenings() {
        TestClinics.Clinic clinic = clinics.create("Counterby");
        double notes = registry.counter(BusinessCounters.NOTES_SIGNED, "kind", "INITIAL_EVALUATION").count();
        double screenings = screenings();

        SignedEvaluation.sign(port, clinic, LocalDate.now());

        assertThat(registry.counter(BusinessCounters.NOTES_SIGNED, "kind", "INITIAL_EVALUATION").count())
                .isEqualTo(notes + 1);
        // The intake's answers and the exam each screen the episode again.
        assertThat(screenings()).isGreaterThanOrEqualTo(screenings + 2);
    }

    @Test
    void aCountIsTakenOnlyWhenItsTransactionCommits() {
        double before = registry.counter(BusinessCounters.CLAIMS_BATCHED).count();
        transaction.executeWithoutResult(status -> {
            counters.claimsBatched(3);
            status.setRollbackOnly();
        });
        assertThat(registry.counter(BusinessCounters.CLAIMS_BATCHED).count()).isEqualTo(before);
        transaction.executeWithoutResult(status -> counters.claimsBatched(3));
        assertThat(registry.counter(BusinessCounters.CLAIMS_BATCHED).count()).isEqualTo(before + 3);
    }

    double screenings() {
        double total = 0;
        for (Disposition disposition : Disposition.values()) {
            total += registry.counter(BusinessCounters.SCREENINGS, "disposition", disposition.name()).count();
        }
        return total;
    }
}
