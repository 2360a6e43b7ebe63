package org.rhomboid.intervention;

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

@RhomboidIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InterventionApiIT {

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;

    ApiClient api;

    @BeforeAll
    void signIn() {
        api = ApiClient.signedIn(port, clinics.create("Safetyford").user(Role.PT).email(), TestClinics.PASSWORD);
    }

    @Test
    void theDocumentedExample() {
        ApiClient.Response response = api.post("/api/v1/interventions/check", """
                {"interventions": ["THORACIC_THRUST_MANIPULATION", "TENS"], "precautions": ["NO_THRUST_MANIPULATION"],
                 "conditions": ["OSTEOPOROSIS"]}""");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode results = response.json().get("results");
        assertThat(results.get(0).get("intervention").asString()).isEqualTo("THORACIC_THRUST_MANIPULATION");
        assertThat(results.get(0).get("status").asString()).isEqualTo("CONTRAINDICATED");
        assertThat(results.get(0).get("reasons").toString()).contains("OSTEOPOROSIS").contains("NO_THRUST_MANIPULATION");
        assertThat(results.get(1).get("status").asString()).isEqualTo("ALLOWED");
        assertThat(results.get(1).get("cptCodes").toString()).contains("G0283");
    }

    @Test
    void theCatalogueAndCodesArePublished() {
        ApiClient.Response catalogue = api.get("/api/v1/interventions");
        assertThat(catalogue.json().size()).isEqualTo(22);
        assertThat(api.get("/v3/api-docs").body()).contains("THORACIC_THRUST_MANIPULATION").contains("UNHEALED_SURGICAL_SITE")
                .contains("/api/v1/interventions/check");
    }

    @Test
    void unknownCodesAndMissingFieldsAre400() {
        ApiClient.Response unknown = api.post("/api/v1/interventions/check", "{\"interventions\": [\"CUPPING\"]}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("CUPPING").contains("THORACIC_THRUST_MANIPULATION");
        assertThat(api.post("/api/v1/interventions/check",
                "{\"interventions\": [\"TENS\"], \"conditions\": [\"BROKEN_HEART\"]}").body()).contains("OSTEOPOROSIS");
        assertThat(api.post("/api/v1/interventions/check", "{\"precautions\": []}").status()).isEqualTo(400);
        assertThat(api.post("/api/v1/interventions/check", "{\"interventions\": ").status()).isEqualTo(400);
    }
}
