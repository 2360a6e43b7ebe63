package org.rhomboid.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.support.ApiClient;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.TestClinics;
import org.rhomboid.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@RhomboidIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTokenIT {

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    @Qualifier("migrationDataSource")
    DataSource ownerDataSource;

    TestClinics.Clinic clinic;

    @BeforeAll
    void clinic() {
        clinic = clinics.create("Tokenfield");
    }

    private String patientPath() {
        return "/api/v1/patients/" + clinic.patient().id();
    }

    @Test
    void aTokenIsIssuedForValidCredentialsAndOpensTheApi() {
        ApiClient.Response issued = ApiClient.anonymous(port).post("/api/v1/auth/token",
                "{\"username\":\"" + clinic.user(Role.PT).email() + "\",\"password\":\"" + TestClinics.PASSWORD + "\"}");
        assertThat(issued.status()).isEqualTo(200);
        assertThat(issued.json().get("expiresAt").asString()).isNotBlank();
        String token = issued.json().get("token").asString();

        assertThat(ApiClient.anonymous(port).withToken(token).get(patientPath()).status()).isEqualTo(200);
        // Only a hash is stored: the database never holds a usable token.
        assertThat(JdbcClient.create(ownerDataSource).sql("select count(*) from api_token where token_hash = :t")
                .param("t", token).query(Integer.class).single()).isZero();
        assertThat(JdbcClient.create(ownerDataSource).sql("select count(*) from api_token where token_hash = :t")
                .param("t", ApiTokens.hash(token)).query(Integer.class).single()).isOne();
    }

    @Test
    void wrongCredentialsGet401ProblemJson() {
        ApiClient.Response response = ApiClient.anonymous(port).post("/api/v1/auth/token",
                "{\"username\":\"" + clinic.user(Role.PT).email() + "\",\"password\":\"not-the-password\"}");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("rht_");

        ApiClient.Response unknown = ApiClient.anonymous(port).post("/api/v1/auth/token",
                "{\"username\":\"nobody@nowhere.test\",\"password\":\"whatever-it-is\"}");
        assertThat(unknown.status()).isEqualTo(401);
    }

    @Test
    void noTokenOrAForgedOneIsUnauthorized() {
        ApiClient.Response none = ApiClient.anonymous(port).get(patientPath());
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.contentType()).startsWith("application/problem+json");
        assertThat(ApiClient.anonymous(port).withToken("rht_forged").get(patientPath()).status()).isEqualTo(401);
    }

    @Test
    void aRevokedTokenStopsWorking() {
        ApiClient api = ApiClient.signedIn(port, clinic.user(Role.PT).email(), TestClinics.PASSWORD);
        assertThat(api.send("DELETE", "/api/v1/auth/token", null).status()).isEqualTo(204);
        assertThat(api.get(patientPath()).status()).isEqualTo(401);
    }

    @Test
    void anExpiredTokenStopsWorking() {
        ApiClient api = ApiClient.signedIn(port, clinic.user(Role.BILLER).email(), TestClinics.PASSWORD);
        JdbcClient.create(ownerDataSource)
                .sql("update api_token set expires_at = now() - interval '1 minute' where token_hash = :h")
                .param("h", ApiTokens.hash(api.token())).update();
        assertThat(api.get(patientPath()).status()).isEqualTo(401);
    }

    @Test
    void repeatedWrongPasswordsMakeTheAccountWaitOnTheWebFormAndTheApiAlike() {
        TestClinics.Clinic other = clinics.create("Formguess");
        String email = other.user(Role.BILLER).email();
        for (int i = 0; i < 6; i++) {
            assertThatThrownBy(() -> WebSession.signIn(port, email, "not-the-password")).isInstanceOf(IllegalStateException.class);
        }
        ApiClient.Response waiting = ApiClient.anonymous(port).post("/api/v1/auth/token",
                "{\"username\":\"" + email + "\",\"password\":\"" + TestClinics.PASSWORD + "\"}");
        assertThat(waiting.status()).isEqualTo(429);
        assertThat(waiting.contentType()).startsWith("application/problem+json");
        assertThatThrownBy(() -> WebSession.signIn(port, email, TestClinics.PASSWORD)).hasMessageContaining("Sign-in failed");

        JdbcClient.create(ownerDataSource).sql("update sign_in_failure set last_failure_at = now() - interval '10 minutes'"
                        + " where kind = 'ACCOUNT' and key_hash = :key").param("key", SignInThrottle.key(email)).update();
        assertThat(ApiClient.anonymous(port).post("/api/v1/auth/token",
                "{\"username\":\"" + email + "\",\"password\":\"" + TestClinics.PASSWORD + "\"}").status()).isEqualTo(200);
        // The right password clears the account's count.
        assertThat(JdbcClient.create(ownerDataSource).sql("select count(*) from sign_in_failure where kind = 'ACCOUNT'"
                + " and key_hash = :key").param("key", SignInThrottle.key(email)).query(Integer.class).single()).isZero();
    }

    @Test
    void deactivatingAUserRevokesTheirTokens() {
        TestClinics.Clinic other = clinics.create("Leaverton");
        ApiClient api = ApiClient.signedIn(port, other.user(Role.FRONT_DESK).email(), TestClinics.PASSWORD);
        ClinicScope.runAs(other.id(), () -> accounts.setActive(other.user(Role.FRONT_DESK).id(), false));
        assertThat(api.get("/api/v1/patients/" + other.patient().id()).status()).isEqualTo(401);
    }
}
