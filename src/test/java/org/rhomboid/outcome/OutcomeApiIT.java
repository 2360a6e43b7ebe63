package org.rhomboid.outcome;

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

/** The outcome scoring API: the contract, every kind of bad input as 400 problem+json. */
@RhomboidIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutcomeApiIT {

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;

    ApiClient api;

    @BeforeAll
    void signIn() {
        api = ApiClient.signedIn(port, clinics.create("Outcomeley").user(Role.PT).email(), TestClinics.PASSWORD);
    }

    @Test
    void theDocumentedNdiExample() {
        ApiClient.Response response = api.post("/api/v1/outcomes/score",
                "{\"instrument\": \"NDI\", \"responses\": [3, 2, null, 1, 0, 2, 3, 1, 2, 2]}");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode json = response.json();
        assertThat(json.get("instrument").asString()).isEqualTo("NDI");
        assertThat(json.get("score").asInt()).isEqualTo(16);
        assertThat(json.get("maxScore").asInt()).isEqualTo(45);
        assertThat(json.get("percent").asDouble()).isEqualTo(35.6);
        assertThat(json.get("answered").asInt()).isEqualTo(9);
        assertThat(json.get("interpretation").asString()).isNotBlank();
    }

    @Test
    void meansForPainAndPsfsAndSubscalesForFabq() {
        assertThat(api.post("/api/v1/outcomes/score", "{\"instrument\": \"NPRS\", \"responses\": [4, 2, 7]}")
                .json().get("score").asDouble()).isEqualTo(4.33);
        JsonNode now = api.post("/api/v1/outcomes/score", "{\"instrument\":\"NPRS\",\"responses\":[7]}").json();
        assertThat(now.get("score").asDouble()).isEqualTo(7.0);
        assertThat(now.get("answered").asInt()).isEqualTo(1);
        assertProblem(api.post("/api/v1/outcomes/score", "{\"instrument\": \"NPRS\", \"responses\": [7, 3]}"),
                "responses");
        assertThat(api.post("/api/v1/outcomes/score", "{\"instrument\": \"PSFS\", \"responses\": [3, 5, 0]}")
                .json().get("score").asDouble()).isEqualTo(2.67);
        JsonNode fabq = api.post("/api/v1/outcomes/score", "{\"instrument\": \"FABQ\", \"responses\": "
                + "[0, 6, 6, 5, 4, 6, 6, 0, 5, 5, 6, 4, 0, 0, 6, 0]}").json();
        assertThat(fabq.get("physicalActivity").asInt()).isEqualTo(21);
        assertThat(fabq.get("work").asInt()).isEqualTo(38);
        assertThat(fabq.has("score")).as("FABQ has no total").isFalse();
    }

    @Test
    void changeAgainstTheMcid() {
        JsonNode better = api.post("/api/v1/outcomes/change",
                "{\"instrument\": \"NDI\", \"baseline\": 36, \"followUp\": 24}").json();
        assertThat(better.get("change").asDouble()).isEqualTo(-12.0);
        assertThat(better.get("reachesMcid").asBoolean()).isTrue();
        assertThat(better.get("verdict").asString()).isEqualTo("IMPROVED");
        JsonNode small = api.post("/api/v1/outcomes/change",
                "{\"instrument\": \"NPRS\", \"baseline\": 6, \"followUp\": 5}").json();
        assertThat(small.get("reachesMcid").asBoolean()).isFalse();
        assertThat(small.get("verdict").asString()).isEqualTo("UNCHANGED");
        assertThat(api.post("/api/v1/outcomes/change", "{\"instrument\": \"PSFS\", \"baseline\": 6, \"followUp\": 3}")
                .json().get("verdict").asString()).isEqualTo("WORSE");
        // FABQ: per subscale, against Monticone 2020's MCIDs (physical activity 4, work 7)
        JsonNode work = api.post("/api/v1/outcomes/change",
                "{\"instrument\": \"FABQ\", \"subscale\": \"work\", \"baseline\": 30, \"followUp\": 23}").json();
        assertThat(work.get("subscale").asString()).isEqualTo("work");
        assertThat(work.get("mcid").get("value").asInt()).isEqualTo(7);
        assertThat(work.get("verdict").asString()).isEqualTo("IMPROVED");
        JsonNode activity = api.post("/api/v1/outcomes/change", "{\"instrument\": \"FABQ\", "
                + "\"subscale\": \"physicalActivity\", \"baseline\": 18, \"followUp\": 15}").json();
        assertThat(activity.get("mcid").get("value").asInt()).isEqualTo(4);
        assertThat(activity.get("verdict").asString()).isEqualTo("UNCHANGED");
        assertProblem(api.post("/api/v1/outcomes/change",
                "{\"instrument\": \"FABQ\", \"baseline\": 30, \"followUp\": 23}"), "subscale");
        assertProblem(api.post("/api/v1/outcomes/change",
                "{\"instrument\": \"FABQ\", \"subscale\": \"work\", \"baseline\": 30, \"followUp\": 43}"), "followUp");
        assertProblem(api.post("/api/v1/outcomes/change",
                "{\"instrument\": \"NDI\", \"subscale\": \"work\", \"baseline\": 30, \"followUp\": 20}"), "subscale");
    }

    @Test
    void badInputIs400ProblemJsonNamingTheField() {
        assertProblem(api.post("/api/v1/outcomes/score", "{\"instrument\": \"NDI\", \"responses\": [3, 2, 1]}"),
                "responses");
        assertProblem(api.post("/api/v1/outcomes/score",
                "{\"instrument\": \"NDI\", \"responses\": [3, 2, 9, 1, 0, 2, 3, 1, 2, 2]}"), "responses[2]");
        assertProblem(api.post("/api/v1/outcomes/score",
                "{\"instrument\": \"NDI\", \"responses\": [null, null, null, 1, 0, 2, 3, 1, 2, 2]}"), "responses");
        assertProblem(api.post("/api/v1/outcomes/score", "{\"instrument\": \"SF36\", \"responses\": [1]}"), "instrument");
        assertProblem(api.post("/api/v1/outcomes/score", "{\"responses\": [1]}"), "instrument");
        assertProblem(api.post("/api/v1/outcomes/score", "{\"instrument\": \"NPRS\", \"responses\": \"seven\"}"),
                "responses");
        assertProblem(api.post("/api/v1/outcomes/change", "{\"instrument\": \"NDI\", \"baseline\": 36}"), "followUp");
        assertProblem(api.post("/api/v1/outcomes/change",
                "{\"instrument\": \"NDI\", \"baseline\": 36, \"followUp\": 140}"), "followUp");
    }

    @Test
    void theInstrumentsArePublishedWithTheirLoincCodes() {
        ApiClient.Response response = api.get("/api/v1/outcomes/instruments");
        assertThat(response.body()).contains("\"acceptedCounts\":[1,3]");
        assertThat(response.body()).contains("72514-3").contains("82237-9").contains("FABQ")
                .contains("\"loinc\":\"97909-6\",\"loincPanel\":\"97908-8\"")
                .contains("\"loinc\":\"82237-9\",\"loincPanel\":\"82226-2\"")
                .doesNotContain("\"loinc\":\"97908-8\"");
        assertThat(api.get("/v3/api-docs").body()).contains("/api/v1/outcomes/score").contains("GROC");
    }

    private static void assertProblem(ApiClient.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).contains("\"" + field + "\"");
    }
}
