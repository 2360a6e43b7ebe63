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
    void theSignInPageStartsNoSessionItsTokenIsInACookie() throws Exception {
        JdbcClient db = JdbcClient.create(owner);
        long before = anonymousSessions(db);
        HttpResponse<String> login = null;
        for (int i = 0; i < 5; i++) {
            login = get("/login");
        }
        assertThat(login.headers().allValues("Set-Cookie"))
                .noneSatisfy(cookie -> assertThat(cookie).startsWith("SESSION="))
                .anySatisfy(cookie -> assertThat(cookie).startsWith("SIGN_IN_CSRF=").contains("HttpOnly")
                        .contains("SameSite=Lax").contains("Path=/"));
        assertThat(anonymousSessions(db)).as("no session row for someone only looking at the sign-in page")
                .isLessThanOrEqualTo(before);
    }

    @Test
    void signingInStartsTheSessionWithItsCookiesFlagsAndDropsTheSignInToken() throws Exception {
        TestClinics.Clinic clinic = clinics.create("Cookieham");
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        String page = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).GET()
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(page);
        assertThat(token.find()).isTrue();
        String form = "username=" + java.net.URLEncoder.encode(clinic.user(Role.PT).email(),
                java.nio.charset.StandardCharsets.UTF_8) + "&password=" + TestClinics.PASSWORD + "&_csrf="
                + java.net.URLEncoder.encode(token.group(1), java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("/login"));
        assertThat(signedIn.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie).startsWith("SESSION=").contains("HttpOnly")
                        .contains("SameSite=Lax").contains("Path=/"))
                .anySatisfy(cookie -> assertThat(cookie).startsWith("SIGN_IN_CSRF=;").contains("Expires=Thu, 01 Jan 1970"));
    }

    @Test
    void aFormPostedWithoutTheSignInTokenIsRefused() throws Exception {
        HttpResponse<String> refused = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=a%40b.c&password=x&_csrf=forged")).build(),
                HttpResponse.BodyHandlers.ofString());
        // Refused as a stale form is: back to the sign-in page to try again, not signed in.
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?expired"));
    }

    private static long anonymousSessions(JdbcClient db) {
        return db.sql("select count(*) from spring_session where principal_name is null").query(Long.class).single();
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
