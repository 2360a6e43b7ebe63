package org.rhomboid.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.rhomboid.support.ApiClient;
import org.rhomboid.support.FromAddress;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.TestClinics;
import org.rhomboid.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 15, defect 7: five wrong passwords locked any account for 15 minutes, a locked account answered 429 where an
 * unknown one answered 401 (so staff e-mails could be listed), and adding staff said when another clinic had the
 * address. Now failures slow the next attempt down, per account and per source address, the same way whether the
 * account exists or not.
 */
@RhomboidIntegrationTest
class SignInThrottleIT {

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;
    @Autowired
    @Qualifier("migrationDataSource")
    DataSource ownerDataSource;

    private String credentials(String email, String password) {
        return "{\"username\":\"" + email + "\",\"password\":\"" + password + "\"}";
    }

    private static String comparable(ApiClient.Response response) {
        return response.status() + " " + response.contentType() + " " + response.body().replaceAll("\"instance\":\"[^\"]*\"", "");
    }

    @Test
    void knownAndUnknownAccountsAnswerAlikeThroughEveryFailure() {
        TestClinics.Clinic clinic = clinics.create("Alikeson");
        String known = clinic.user(Role.PTA).email();
        String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8) + "@test.rhomboid.org";
        List<String> knownAnswers = new ArrayList<>();
        List<String> unknownAnswers = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            knownAnswers.add(comparable(ApiClient.anonymous(port).post("/api/v1/auth/token", credentials(known, "guess-guess-guess"))));
            unknownAnswers.add(comparable(ApiClient.anonymous(port).post("/api/v1/auth/token", credentials(unknown, "guess-guess-guess"))));
        }
        assertThat(knownAnswers).isEqualTo(unknownAnswers);
        assertThat(knownAnswers.get(0)).startsWith("401");
        assertThat(knownAnswers.get(6)).startsWith("429");
    }

    @Test
    void failuresSlowTheAccountDownForAWhileInsteadOfLockingIt() {
        TestClinics.Clinic clinic = clinics.create("Waitwell");
        String email = clinic.user(Role.BILLER).email();
        for (int i = 0; i < 6; i++) {
            ApiClient.anonymous(port).post("/api/v1/auth/token", credentials(email, "guess-guess-guess"));
        }
        HttpAnswer throttled = HttpAnswer.of(port, credentials(email, TestClinics.PASSWORD));
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.contentType()).startsWith("application/problem+json");
        // A short, growing wait — seconds, not a fixed quarter of an hour.
        assertThat(Long.parseLong(throttled.retryAfter())).isBetween(1L, 60L);
        // The web form says the same: wait, then try again.
        WebSession.Page form = WebSession.anonymous(port).post("/login",
                Map.of("username", email, "password", TestClinics.PASSWORD), "/login");
        assertThat(form.location()).contains("/login?throttled");

        // Once the wait has run out, the right password works and the count starts again.
        JdbcClient.create(ownerDataSource).sql("update sign_in_failure set last_failure_at = last_failure_at - interval '10 minutes'")
                .update();
        assertThat(ApiClient.anonymous(port).post("/api/v1/auth/token", credentials(email, TestClinics.PASSWORD)).status())
                .isEqualTo(200);
    }

    @Test
    void manyFailuresFromOneAddressSlowThatAddressDown() {
        FromAddress attacker = new FromAddress("127.0.0.23", port);
        String body = credentials("spray-" + UUID.randomUUID() + "@test.rhomboid.org", "Summer-2026-Summer");
        assertThat(attacker.postJson("/api/v1/auth/token", body).status()).isEqualTo(401);
        // As if this address had already sprayed a hundred accounts with one guess each.
        JdbcClient.create(ownerDataSource).sql("update sign_in_failure set failures = failures + 200, last_failure_at = now()"
                        + " where kind = 'ADDRESS' and key_hash = :key")
                .param("key", SignInThrottle.key("127.0.0.23")).update();
        FromAddress.Reply next = attacker.postJson("/api/v1/auth/token",
                credentials("fresh-" + UUID.randomUUID() + "@test.rhomboid.org", "Summer-2026-Summer"));
        assertThat(next.status()).isEqualTo(429);
        assertThat(next.header("Retry-After")).isNotBlank();
        // Everyone else (127.0.0.1) signs in as before.
        TestClinics.Clinic clinic = clinics.create("Otheraddress");
        assertThat(ApiClient.anonymous(port).post("/api/v1/auth/token",
                credentials(clinic.user(Role.PT).email(), TestClinics.PASSWORD)).status()).isEqualTo(200);
    }

    @Test
    void addingStaffDoesNotRevealAnotherClinicsAccounts() {
        TestClinics.Clinic mine = clinics.create("Ownclinic");
        TestClinics.Clinic theirs = clinics.create("Theirclinic");
        WebSession admin = WebSession.signIn(port, mine.user(Role.CLINIC_ADMIN).email(), TestClinics.PASSWORD);
        WebSession.Page page = admin.postMulti("/admin/staff", Map.of("displayName", List.of("Jo Marsh, PT"),
                "email", List.of(theirs.user(Role.PT).email()), "password", List.of("lantern-quarry-meadow-41"),
                "roles", List.of("PT")), "/admin/staff");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("already exists").doesNotContain("another clinic")
                .contains(StaffAccounts.EMAIL_UNAVAILABLE);
        // The clinic's own staff may be named: it is the administrator's own list.
        WebSession.Page own = admin.postMulti("/admin/staff", Map.of("displayName", List.of("Jo Marsh, PT"),
                "email", List.of(mine.user(Role.PTA).email()), "password", List.of("lantern-quarry-meadow-41"),
                "roles", List.of("PT")), "/admin/staff");
        assertThat(own.body()).contains(StaffAccounts.EMAIL_ON_YOUR_STAFF);
    }

    /** A token request read with its headers (Retry-After). */
    private record HttpAnswer(int status, String contentType, String retryAfter) {
        static HttpAnswer of(int port, String json) {
            try {
                var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                                java.net.URI.create("http://localhost:" + port + "/api/v1/auth/token"))
                        .header("Content-Type", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                return new HttpAnswer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                        response.headers().firstValue("Retry-After").orElse("0"));
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
