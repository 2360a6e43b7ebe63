package org.rhomboid.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rhomboid.account.Role;
import org.rhomboid.support.ApiClient;
import org.rhomboid.support.IntakeLinks;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.SampleClaims;
import org.rhomboid.support.TestClinics;
import org.rhomboid.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The bad input the security review's fuzz found answering 500 (issue 15, item 5), each answered as it should be: a
 * NUL in JSON refused naming the field and in a form taken out before it is kept (the patient's intake autosave and
 * the token request included), multipart on the JSON API refused as 415, the claim file's wrong types, lone
 * surrogates and line breaks refused naming the field, a staff password over BCrypt's 72 bytes taken whole (no
 * longer a 500), and a form field over the edge's cap refused with a page that says why.
 */
@RhomboidIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputIT {

    private static final String PATIENT = """
            {"familyName":"%s","givenName":"Vera","birthDate":"1970-05-01","sex":"FEMALE","primaryPayer":"SELF_PAY"}""";

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;
    @Autowired
    @Qualifier("migrationDataSource")
    DataSource owner;

    TestClinics.Clinic clinic;
    ApiClient frontDeskApi;
    ApiClient billerApi;

    @BeforeAll
    void clinic() {
        clinic = clinics.create("Nulsworth");
        frontDeskApi = ApiClient.signedIn(port, clinic.user(Role.FRONT_DESK).email(), TestClinics.PASSWORD);
        billerApi = ApiClient.signedIn(port, clinic.user(Role.BILLER).email(), TestClinics.PASSWORD);
    }

    private static JsonNode problem(ApiClient.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
        return response.json();
    }

    private static JsonNode firstError(JsonNode problem) {
        return problem.get("errors").get(0);
    }

    @Test
    void aNulInJsonIsRefusedNamingTheField() {
        JsonNode refused = problem(frontDeskApi.post("/api/v1/patients", PATIENT.formatted("Val\\u0000id")), 400);
        assertThat(firstError(refused).get("field").asString()).isEqualTo("familyName");
        assertThat(firstError(refused).get("message").asString()).contains("control characters").contains("U+0000");
        JsonNode search = problem(frontDeskApi.post("/api/v1/patients/search", "{\"query\":\"Nul\\u0000\"}"), 400);
        assertThat(firstError(search).get("field").asString()).isEqualTo("query");
    }

    @Test
    void theTokenRequestRefusesANulBeforeLookingAnyoneUp() {
        JsonNode refused = problem(ApiClient.anonymous(port).post("/api/v1/auth/token",
                "{\"username\":\"nobody\\u0000@test.rhomboid.org\",\"password\":\"correct-horse-battery\"}"), 400);
        assertThat(firstError(refused).get("field").asString()).isEqualTo("username");
    }

    @Test
    void multipartOnTheJsonApiIs415() {
        problem(frontDeskApi.send("POST", "/api/v1/patients", PATIENT.formatted("Valid"), "multipart/form-data"), 415);
        problem(ApiClient.anonymous(port).send("POST", "/api/v1/auth/token", "{}", "multipart/form-data"), 415);
        problem(billerApi.send("POST", "/api/v1/billing/claims/837p", "{}", "multipart/form-data; boundary="), 415);
        problem(frontDeskApi.send("POST", "/api/v1/patients", PATIENT.formatted("Valid"), "application/*"), 415);
    }

    @Test
    void aNumberWhereTheClaimTakesTextIsRefusedNamingTheField() {
        JsonNode refused = problem(claimFile("\"R001000-1\"", "1001"), 400);
        assertThat(firstError(refused).get("field").asString()).isEqualTo("claims[0].claimId");
        assertThat(firstError(refused).get("message").asString()).contains("expected a string");
    }

    @Test
    void aLoneSurrogateInAClaimIsRefusedNamingTheField() {
        JsonNode refused = problem(claimFile("\"Quennell\"", "\"Quennell\\ud800\""), 400);
        assertThat(firstError(refused).get("field").asString()).isEqualTo("claims[0].subscriber.lastName");
        assertThat(firstError(refused).get("message").asString()).contains("surrogate");
    }

    @Test
    void lineBreaksInAClaimIdNeverReachTheClaimFile() {
        JsonNode refused = problem(claimFile("\"R001000-1\"", "\"R001\\r\\n000-1\""), 400);
        assertThat(refused.get("detail").asString()).contains("claim ID").contains("line breaks");
        JsonNode member = problem(claimFile("\"1EG4TE5MK73\"", "\"1EG4\\nCLM*X\""), 400);
        assertThat(member.get("detail").asString()).contains("member ID");
        assertThat(claimFile("\"R001000-1\"", "\"R001000-1\"").status()).as("the valid file still goes").isEqualTo(200);
    }

    @Test
    void aNulInAFormIsTakenOutBeforeItIsKept() {
        WebSession frontDesk = WebSession.signIn(port, clinic.user(Role.FRONT_DESK).email(), TestClinics.PASSWORD);
        WebSession.Page saved = frontDesk.post("/patients", Map.of("familyName", "Nul\u0000lington",
                "givenName", "Quinn\u0007", "birthDate", "1960-02-14", "sex", "FEMALE", "primaryPayer", "SELF_PAY"),
                "/patients/new");
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        assertThat(JdbcClient.create(owner).sql("select given_name from patient where clinic_id = :c"
                        + " and family_name = 'Nullington'").param("c", clinic.id()).query(String.class).single())
                .isEqualTo("Quinn");
    }

    @Test
    void thePatientsIntakeAutosaveKeepsTheAnswerWithoutTheNul() {
        WebSession frontDesk = WebSession.signIn(port, clinic.user(Role.FRONT_DESK).email(), TestClinics.PASSWORD);
        String link = IntakeLinks.issue(frontDesk, "/episodes/" + clinic.episode().id());
        WebSession patient = WebSession.anonymous(port);
        WebSession.Page saved = patient.postMulti(link + "/draft", Map.of("goals", List.of("Swim\u0000 again"),
                "go\u0000als", List.of("hidden")), link);
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.body()).startsWith("Saved");
        assertThat(JdbcClient.create(owner).sql("select draft::text from intake where episode_id = :e")
                .param("e", clinic.episode().id()).query(String.class).single())
                .contains("\"Swim again\"").doesNotContain("hidden");
    }

    @Test
    void aStaffPasswordOverBcryptsLimitIsTakenWhole() {
        // Over BCrypt's 72 bytes (was a server error): the password is hashed whole first, so it is accepted.
        WebSession admin = WebSession.signIn(port, clinic.user(Role.CLINIC_ADMIN).email(), TestClinics.PASSWORD);
        String email = "long-pw-" + java.util.UUID.randomUUID() + "@test.rhomboid.org";
        WebSession.Page page = admin.postMulti("/admin/staff", Map.of("email", List.of(email),
                "displayName", List.of("Long Password"),
                "password", List.of("Göteborgs långa lösenord är säkra på vintern, även på sommaren"),
                "roles", List.of("PTA")), "/admin/staff");
        assertThat(page.status()).isEqualTo(302);
        assertThat(JdbcClient.create(owner).sql("select count(*) from app_user where email = :e").param("e", email)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aFieldOverTheCapIsRefusedWithAPageThatSaysWhy() {
        WebSession frontDesk = WebSession.signIn(port, clinic.user(Role.FRONT_DESK).email(), TestClinics.PASSWORD);
        WebSession.Page refused = frontDesk.post("/patients", Map.of("familyName", "x".repeat(100_001), "givenName",
                "Quinn", "birthDate", "1960-02-14", "sex", "FEMALE", "primaryPayer", "SELF_PAY"), "/patients/new");
        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.body()).contains("more than 10,000 characters");
        WebSession.Page beside = frontDesk.post("/patients", Map.of("familyName", "x".repeat(5_000), "givenName",
                "Quinn", "birthDate", "1960-02-14", "sex", "FEMALE", "primaryPayer", "SELF_PAY"), "/patients/new");
        assertThat(beside.status()).isEqualTo(200);
        assertThat(beside.body()).contains("Use at most 100 characters");
    }

    @Test
    void aQueryStringInBrokenUtf8IsA400Page() {
        WebSession admin = WebSession.signIn(port, clinic.user(Role.CLINIC_ADMIN).email(), TestClinics.PASSWORD);
        WebSession.Page refused = admin.get("/admin/audit?user=%ED%A0%80");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("The form could not be read");
    }

    private ApiClient.Response claimFile(String value, String replacement) {
        String body = SampleClaims.ONE_VISIT.replaceFirst(java.util.regex.Pattern.quote(value),
                java.util.regex.Matcher.quoteReplacement(replacement));
        return billerApi.postAccepting("/api/v1/billing/claims/837p", body, "application/edi-x12");
    }
}
