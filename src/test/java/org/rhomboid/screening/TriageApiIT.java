package org.rhomboid.screening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rhomboid.account.Role;
import org.rhomboid.screening.domain.Finding;
import org.rhomboid.support.ApiClient;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.TestClinics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The triage contract other systems call, and what it says to bad input. */
@RhomboidIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TriageApiIT {

    private static final String PATH = "/api/v1/screening/triage";

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;

    ApiClient api;

    @BeforeAll
    void signIn() {
        api = ApiClient.signedIn(port, clinics.create("Triageton").user(Role.PT).email(), TestClinics.PASSWORD);
    }

    @Test
    void theDocumentedExample() {
        ApiClient.Response response = api.post(PATH,
                "{\"age\": 72, \"sex\": \"FEMALE\", \"findings\": [\"OSTEOPOROSIS\", \"MINOR_TRAUMA\"]}");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        JsonNode json = response.json();
        assertThat(json.get("disposition").asString()).isEqualTo("URGENT_REFERRAL");
        JsonNode concern = json.get("concerns").get(0);
        assertThat(concern.get("condition").asString()).isEqualTo("VERTEBRAL_FRACTURE");
        assertThat(concern.get("level").asString()).isEqualTo("URGENT_REFERRAL");
        assertThat(concern.get("findings").toString()).isEqualTo("[\"OSTEOPOROSIS\",\"MINOR_TRAUMA\"]");
        assertThat(concern.get("rationale").asString()).isNotBlank();
        assertThat(concern.get("source").asString()).isNotBlank();
        assertThat(json.get("precautions").toString()).contains("\"code\":\"NO_THRUST_MANIPULATION\"");
        assertThat(json.get("precautions").get(0).get("reason").asString()).isNotBlank();
        assertThat(json.propertyNames()).containsExactlyInAnyOrder("disposition", "concerns", "precautions");
    }

    @Test
    void noFindingsGiveEmptyArrays() {
        JsonNode json = api.post(PATH, "{\"age\": 35, \"sex\": \"MALE\", \"findings\": []}").json();
        assertThat(json.get("disposition").asString()).isEqualTo("TREAT");
        assertThat(json.get("concerns").isArray()).isTrue();
        assertThat(json.get("concerns").size()).isZero();
        assertThat(json.get("precautions").size()).isZero();
    }

    @Test
    void anEmergencyIsReportedAsSuch() {
        JsonNode json = api.post(PATH,
                "{\"age\": 58, \"sex\": \"OTHER\", \"findings\": [\"BOWEL_OR_BLADDER_CHANGE\"]}").json();
        assertThat(json.get("disposition").asString()).isEqualTo("EMERGENCY_REFERRAL");
    }

    private JsonNode problem(String body) {
        ApiClient.Response response = api.post(PATH, body);
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        return response.json();
    }

    @Test
    void anUnknownFindingIsNamedWithTheValidCodes() {
        JsonNode json = problem("{\"age\": 72, \"sex\": \"FEMALE\", \"findings\": [\"OSTEOPOROSIS\", \"BACKACHE\"]}");
        JsonNode error = json.get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("findings[1]");
        assertThat(error.get("message").asString()).contains("'BACKACHE'").contains("HISTORY_OF_CANCER")
                .contains("IMPAIRED_SENSATION");
        for (Finding finding : Finding.values()) {
            assertThat(error.get("message").asString()).contains(finding.name());
        }
    }

    @Test
    void ageOutsideZeroTo120() {
        assertThat(problem("{\"age\": 121, \"sex\": \"FEMALE\", \"findings\": []}").get("errors").get(0)
                .get("field").asString()).isEqualTo("age");
        assertThat(problem("{\"age\": -1, \"sex\": \"FEMALE\", \"findings\": []}").toString()).contains("0 and 120");
        problem("{\"age\": 44.5, \"sex\": \"FEMALE\", \"findings\": []}");
    }

    @Test
    void missingFieldsWrongSexAndMalformedJson() {
        JsonNode missing = problem("{\"sex\": \"FEMALE\"}");
        assertThat(missing.toString()).contains("\"age\"").contains("\"findings\"");
        assertThat(problem("{\"age\": 40, \"sex\": \"UNKNOWN\", \"findings\": []}").toString())
                .contains("FEMALE, MALE, OTHER");
        assertThat(problem("{\"age\": 40, \"sex\": \"FEMALE\", \"findings\": [null]}").toString())
                .contains("findings[0]");
        assertThat(problem("{\"age\": 40, \"sex\": ").get("title").asString()).isEqualTo("Malformed JSON");
        assertThat(problem("{\"age\": 40, \"sex\": \"MALE\", \"findings\": \"FEVER\"}").toString()).contains("findings");
    }

    @Test
    void onlySignedInStaffMayCallIt() {
        assertThat(ApiClient.anonymous(port).post(PATH, "{\"age\": 40, \"sex\": \"MALE\", \"findings\": []}").status())
                .isEqualTo(401);
    }
}
