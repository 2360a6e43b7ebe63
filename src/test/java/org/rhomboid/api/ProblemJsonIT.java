package org.rhomboid.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rhomboid.account.Role;
import org.rhomboid.support.ApiClient;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.TestClinics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Bad input of every kind gets a 4xx problem+json that names the problem; never a 500 or a stack trace. */
@RhomboidIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProblemJsonIT {

    private static final String VALID = """
            {"familyName":"Valid","givenName":"Vera","birthDate":"1970-05-01","sex":"FEMALE","primaryPayer":"SELF_PAY"}""";

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;

    ApiClient api;

    @BeforeAll
    void signIn() {
        api = ApiClient.signedIn(port, clinics.create("Problemson").user(Role.FRONT_DESK).email(), TestClinics.PASSWORD);
    }

    private JsonNode problem(ApiClient.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("SQL");
        JsonNode json = response.json();
        assertThat(json.get("status").asInt()).isEqualTo(status);
        assertThat(json.get("title").asString()).isNotBlank();
        return json;
    }

    private String fieldsOf(JsonNode problem) {
        StringBuilder fields = new StringBuilder();
        problem.get("errors").forEach(e -> fields.append(e.get("field").asString()).append(' '));
        return fields.toString();
    }

    @Test
    void malformedJson() {
        JsonNode json = problem(api.post("/api/v1/patients", "{\"familyName\": \"Oops\","), 400);
        assertThat(json.get("title").asString()).isEqualTo("Malformed JSON");
    }

    @Test
    void unknownField() {
        JsonNode json = problem(api.post("/api/v1/patients", VALID.replace("}", ",\"shoeSize\":42}")), 400);
        assertThat(fieldsOf(json)).contains("shoeSize");
    }

    @Test
    void wrongTypes() {
        assertThat(fieldsOf(problem(api.post("/api/v1/patients", VALID.replace("\"1970-05-01\"", "123456")), 400)))
                .contains("birthDate");
        assertThat(fieldsOf(problem(api.post("/api/v1/patients", VALID.replace("\"1970-05-01\"", "\"May 1st\"")), 400)))
                .contains("birthDate");
        JsonNode sex = problem(api.post("/api/v1/patients", VALID.replace("\"FEMALE\"", "\"F\"")), 400);
        assertThat(sex.get("errors").get(0).get("message").asString()).contains("FEMALE, MALE, OTHER, UNKNOWN");
        assertThat(fieldsOf(problem(api.post("/api/v1/patients", VALID.replace("\"Valid\"", "[\"a\"]")), 400)))
                .contains("familyName");
    }

    @Test
    void outOfRangeValues() {
        String future = VALID.replace("1970-05-01", java.time.LocalDate.now().plusDays(1).toString());
        JsonNode json = problem(api.post("/api/v1/patients", future), 400);
        assertThat(json.get("errors").get(0).get("message").asString()).contains("future");
        assertThat(fieldsOf(problem(api.post("/api/v1/patients", VALID.replace("1970-05-01", "1880-01-01")), 400)))
                .contains("birthDate");
        String badNpi = VALID.replace("}", ",\"referringProviderName\":\"Dr A\",\"referringProviderNpi\":\"1234567890\"}");
        assertThat(fieldsOf(problem(api.post("/api/v1/patients", badNpi), 400))).contains("referringProviderNpi");
        assertThat(fieldsOf(problem(api.post("/api/v1/patients",
                VALID.replace("\"Valid\"", "\"" + "x".repeat(101) + "\"")), 400))).contains("familyName");
    }

    @Test
    void missingFields() {
        JsonNode json = problem(api.post("/api/v1/patients", "{\"familyName\":\"Only\"}"), 400);
        assertThat(fieldsOf(json)).contains("givenName", "birthDate", "sex", "primaryPayer");
        problem(api.post("/api/v1/patients", ""), 400);
        JsonNode token = problem(ApiClient.anonymous(port).post("/api/v1/auth/token", "{\"username\":\"a@b.c\"}"), 400);
        assertThat(fieldsOf(token)).contains("password");
    }

    @Test
    void wrongMethodMediaTypeAndPath() {
        problem(api.send("DELETE", "/api/v1/patients/search", null), 405);
        problem(api.send("POST", "/api/v1/patients", "familyName=x", "application/x-www-form-urlencoded"), 415);
        problem(api.get("/api/v1/no-such-thing"), 404);
        problem(api.get("/api/v1/patients/not-an-id"), 404);
    }
}
