package org.rhomboid.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.rhomboid.account.Role;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.TestClinics;
import org.rhomboid.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One node's part in running several (docs/scaling.md): every answer names the node, the balancer's readiness check
 * is public and tells nothing more, and the web session is a row in PostgreSQL that signing out deletes.
 */
@RhomboidIntegrationTest
class NodeIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    NodeName node;
    @Autowired
    TestClinics clinics;
    @Autowired
    @Qualifier("migrationDataSource")
    DataSource owner;

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyAnswerNamesTheNode() throws Exception {
        assertThat(node.value()).isNotBlank();
        for (String path : new String[] {"/login", "/patients", "/api/v1/patients", "/css/rhomboid.css", "/no-such-page"}) {
            assertThat(get(path).headers().firstValue("X-Rhomboid-Node")).as(path).contains(node.value());
        }
    }

    @Test
    void theReadinessCheckIsPublicAndSaysOnlyUp() throws Exception {
        for (String path : new String[] {"/actuator/health/readiness", "/actuator/health/liveness"}) {
            HttpResponse<String> health = get(path);
            assertThat(health.statusCode()).as(path).isEqualTo(200);
            assertThat(health.body()).as(path).isEqualTo("{\"status\":\"UP\"}");
        }
    }

    @Test
    void theSessionCookieKeepsItsFlags() throws Exception {
        assertThat(get("/login").headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("SESSION=").contains("HttpOnly").contains("SameSite=Lax").contains("Path=/"));
    }

    @Test
    void theSessionIsARowInPostgresUntilSignOut() {
        TestClinics.Clinic clinic = clinics.create("Rowhaven");
        String email = clinic.user(Role.PT).email();
        WebSession therapist = WebSession.signIn(port, email, TestClinics.PASSWORD);
        assertThat(therapist.get("/patients").status()).isEqualTo(200);
        JdbcClient db = JdbcClient.create(owner);
        assertThat(db.sql("select a.attribute_name from spring_session s join spring_session_attributes a"
                        + " on a.session_primary_id = s.primary_id where s.principal_name = :e")
                .param("e", email).query(String.class).list())
                .as("the sign-in and the CSRF token are kept with the session")
                .contains("SPRING_SECURITY_CONTEXT")
                .anySatisfy(name -> assertThat(name).contains("CsrfToken"));
        assertThat(therapist.cookieHeader()).contains("SESSION=");
        assertThat(db.sql("select max_inactive_interval from spring_session where principal_name = :e")
                .param("e", email).query(Integer.class).single()).as("the idle time-out, 15 minutes").isEqualTo(900);

        therapist.post("/logout", Map.of(), "/patients");
        assertThat(db.sql("select count(*) from spring_session where principal_name = :e").param("e", email)
                .query(Long.class).single()).as("signing out deletes the session for every node").isZero();
        assertThat(therapist.get("/patients").location()).contains("/login");
    }

    @Test
    void aSessionsLastAccessIsWrittenOncePerMinuteNotOnEveryRequest() {
        TestClinics.Clinic clinic = clinics.create("Touchford");
        String email = clinic.user(Role.PT).email();
        WebSession therapist = WebSession.signIn(port, email, TestClinics.PASSWORD);
        JdbcClient db = JdbcClient.create(owner);
        assertThat(therapist.get("/patients").status()).isEqualTo(200);
        long stored = lastAccess(db, email);

        assertThat(therapist.get("/patients").status()).isEqualTo(200);
        assertThat(lastAccess(db, email)).as("a request within the minute writes nothing").isEqualTo(stored);

        db.sql("update spring_session set last_access_time = last_access_time - 120000,"
                + " expiry_time = expiry_time - 120000 where principal_name = :e").param("e", email).update();
        assertThat(therapist.get("/patients").status()).isEqualTo(200);
        long moved = lastAccess(db, email);
        assertThat(moved).as("a request a minute or more after the stored access moves it").isGreaterThan(stored - 120000);
        assertThat(db.sql("select expiry_time - last_access_time from spring_session where principal_name = :e")
                .param("e", email).query(Long.class).single()).as("the expiry moves with it").isEqualTo(900_000L);
    }

    private static long lastAccess(JdbcClient db, String email) {
        return db.sql("select last_access_time from spring_session where principal_name = :e").param("e", email)
                .query(Long.class).single();
    }
}
