package org.rhomboid.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rhomboid.account.Role;
import org.rhomboid.support.ApiClient;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.TestClinics;
import org.rhomboid.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

@RhomboidIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebUiIT {

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;
    @Autowired
    ServletWebServerApplicationContext context;

    TestClinics.Clinic clinic;
    WebSession frontDesk;

    @BeforeAll
    void signIn() {
        clinic = clinics.create("Uiworth");
        frontDesk = WebSession.signIn(port, clinic.user(Role.FRONT_DESK).email(), TestClinics.PASSWORD);
    }

    private static Map<String, String> patientForm(String birthDate) {
        Map<String, String> form = new HashMap<>(Map.of("givenName", "Imogen", "familyName", "Typedkept",
                "birthDate", birthDate, "sex", "FEMALE", "primaryPayer", "COMMERCIAL", "memberId", "ZX-99",
                "phone", "(207) 555-0144", "version", ""));
        form.put("referringProviderName", "Dr. Grace Liu");
        form.put("referringProviderNpi", "1234567893");
        return form;
    }

    @Test
    void aRejectedFormShowsTheErrorBesideTheFieldAndKeepsEverythingTyped() {
        String future = LocalDate.now().plusYears(1).toString();
        WebSession.Page rejected = frontDesk.post("/patients", patientForm(future), "/patients/new");
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.body())
                .contains("id=\"birthDate-error\"").contains("Date of birth can’t be in the future")
                .contains("value=\"Typedkept\"").contains("value=\"ZX-99\"").contains("value=\"(207) 555-0144\"")
                .contains("value=\"" + future + "\"").contains("value=\"1234567893\"")
                .contains("aria-invalid=\"true\"");

        WebSession.Page accepted = frontDesk.post("/patients", patientForm("1980-02-02"), "/patients/new");
        assertThat(accepted.status()).isEqualTo(302);
        assertThat(accepted.location()).matches(".*/patients/[0-9a-f-]{36}$");
        assertThat(frontDesk.get(URI.create(accepted.location()).getPath()).body()).contains("Imogen Typedkept");
    }

    @Test
    void valuesThatCannotBeConvertedGetPlainMessages() {
        Map<String, String> form = patientForm("not-a-date");
        form.put("sex", "SOMETHING");
        WebSession.Page rejected = frontDesk.post("/patients", form, "/patients/new");
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.body()).contains("Enter a date as YYYY-MM-DD").contains("Choose one of the options offered")
                .contains("value=\"not-a-date\"").doesNotContain("Failed to convert");
    }

    @Test
    void aStaleEditIsRefusedWithoutLosingTheEdit() {
        String id = clinic.patient().id().toString();
        Map<String, String> edit = patientForm("1960-02-14");
        edit.put("familyName", clinic.patient().familyName());
        edit.put("version", "0");
        edit.put("city", "Bangor");
        assertThat(frontDesk.post("/patients/" + id, edit, "/patients/" + id + "/edit").status()).isEqualTo(302);

        edit.put("city", "Augusta");
        WebSession.Page stale = frontDesk.post("/patients/" + id, edit, "/patients/" + id + "/edit");
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.body()).contains("Someone else saved changes").contains("value=\"Augusta\"");
    }

    @Test
    void searchIsPostedSoNamesStayOutOfUrls() {
        WebSession.Page results = frontDesk.post("/patients/search", Map.of("query", "uiwor"), "/patients");
        assertThat(results.body()).contains("Uiworth, ");
        assertThat(frontDesk.get("/patients?query=uiwor").body()).doesNotContain("1 found");
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicyAndNoInlineScript() throws Exception {
        HttpResponse<String> login = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String csp = login.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(csp).contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(login.headers().firstValue("X-Frame-Options")).contains("DENY");

        for (String page : new String[] {"/patients", "/patients/new", "/patients/" + clinic.patient().id(),
                "/patients/" + clinic.patient().id() + "/episodes/new"}) {
            String html = frontDesk.get(page).body();
            assertThat(html).as(page).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>")
                    .doesNotContainPattern("\\son[a-z]+=\"").doesNotContain("style=\"");
        }
    }

    @Test
    void formsNeedTheirCsrfTokenAndPagesNeedASignIn() {
        frontDesk.get("/patients/new");
        Map<String, String> form = patientForm("1980-02-02");
        form.put("familyName", "Forgedpost");
        assertThat(frontDesk.postRaw("/patients", form).status()).isEqualTo(403);
        assertThat(frontDesk.post("/patients/search", Map.of("query", "Forgedpost"), "/patients").body())
                .contains("No patient matches.");
        WebSession.Page anonymous = WebSession.anonymous(port).get("/patients/" + clinic.patient().id());
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.location()).endsWith("/login");
    }

    @Test
    void idleSessionsExpireAfterFifteenMinutes() {
        // Sessions live in PostgreSQL (Spring Session JDBC): its repository is what ends them.
        org.springframework.session.Session session = context.getBean(JdbcIndexedSessionRepository.class).createSession();
        assertThat(session.getMaxInactiveInterval()).isEqualTo(java.time.Duration.ofMinutes(15));
    }

    @Test
    void signingOutEndsTheSession() {
        WebSession session = WebSession.signIn(port, clinic.user(Role.PT).email(), TestClinics.PASSWORD);
        assertThat(session.post("/logout", Map.of(), "/patients").status()).isEqualTo(302);
        assertThat(session.get("/patients").status()).isEqualTo(302);
    }

    @Test
    void theApiIsDescribedByOpenApi() {
        ApiClient.Response docs = ApiClient.anonymous(port).get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/v1/patients/{patientId}").contains("/api/v1/auth/token")
                .contains("/api/v1/episodes/{episodeId}");
    }

    @Test
    void assistantsDoNotSeeEpisodeControls() {
        WebSession pta = WebSession.signIn(port, clinic.user(Role.PTA).email(), TestClinics.PASSWORD);
        String chart = pta.get("/patients/" + clinic.patient().id()).body();
        assertThat(chart).contains("Episodes of care").doesNotContain("Open episode");
        assertThat(pta.get("/patients/" + clinic.patient().id() + "/episodes/new").status()).isEqualTo(403);
    }
}
