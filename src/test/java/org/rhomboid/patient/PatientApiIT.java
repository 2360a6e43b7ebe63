package org.rhomboid.patient;

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
class PatientApiIT {

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;

    ApiClient api;

    @BeforeAll
    void signIn() {
        api = ApiClient.signedIn(port, clinics.create("Apiston").user(Role.FRONT_DESK).email(), TestClinics.PASSWORD);
    }

    private static String patient(String family, String mrn) {
        return """
                {"mrn": %s, "familyName": "%s", "givenName": "Hana", "birthDate": "1958-07-30", "sex": "FEMALE",
                 "phone": "(207) 555-0101", "email": "hana@example.com", "state": "me", "postalCode": "04101",
                 "primaryPayer": "MEDICARE", "memberId": "1eg4te5mk73",
                 "referringProviderName": "Dr. Alan Brooks", "referringProviderNpi": "1234567893"}"""
                .formatted(mrn == null ? "null" : "\"" + mrn + "\"", family);
    }

    @Test
    void registerReadCorrectAndSearch() {
        ApiClient.Response created = api.post("/api/v1/patients", patient("Ferreira", null));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode body = created.json();
        String id = body.get("id").asString();
        assertThat(body.get("mrn").asString()).matches("R\\d{6}");
        assertThat(body.get("state").asString()).isEqualTo("ME");
        assertThat(body.get("memberId").asString()).isEqualTo("1EG4TE5MK73");

        assertThat(api.get("/api/v1/patients/" + id).json().get("familyName").asString()).isEqualTo("Ferreira");

        String correction = patient("Ferreira-Lopes", body.get("mrn").asString()).replace("}", ",\"version\":0}");
        ApiClient.Response updated = api.put("/api/v1/patients/" + id, correction);
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().get("version").asInt()).isEqualTo(1);

        // A second edit that started from the old version must not silently overwrite the first.
        ApiClient.Response stale = api.put("/api/v1/patients/" + id, correction);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");

        for (String query : new String[] {"ferr", "Ferreira-Lopes, ha", "hana ferr", "1958-07-30", "07/30/1958",
                body.get("mrn").asString().toLowerCase()}) {
            ApiClient.Response found = api.post("/api/v1/patients/search", "{\"query\":\"" + query + "\"}");
            assertThat(found.body()).as(query).contains(id);
        }
        assertThat(api.post("/api/v1/patients/search", "{\"query\":\"ferr 1958-07-31\"}").body()).doesNotContain(id);
        // Wildcards typed by a person are literal characters, not patterns.
        assertThat(api.post("/api/v1/patients/search", "{\"query\":\"%rreira\"}").body()).doesNotContain(id);
        // Nothing searchable typed ("%%%", "___", "\\"): no one matches, rather than everyone being listed.
        for (String wildcards : new String[] {"%%%", "___", "\\\\", "%_%"}) {
            ApiClient.Response none = api.post("/api/v1/patients/search", "{\"query\":\"" + wildcards + "\"}");
            assertThat(none.status()).as(wildcards).isEqualTo(200);
            assertThat(none.json().get("results").size()).as(wildcards).isZero();
        }
        assertThat(api.post("/api/v1/patients/search", "{\"query\":\"\"}").json().get("results").size())
                .as("an empty query still lists recent patients").isPositive();
    }

    @Test
    void familyNameMatchesComeBeforeGivenNameMatches() {
        String givenFirst = patient("Zed", null).replace("\"Hana\"", "\"Quillon\"");
        String familyMatch = patient("Quilley", null).replace("\"Hana\"", "\"Anne\"");
        assertThat(api.post("/api/v1/patients", givenFirst).status()).isEqualTo(201);
        assertThat(api.post("/api/v1/patients", familyMatch).status()).isEqualTo(201);
        String body = api.post("/api/v1/patients/search", "{\"query\":\"quil\"}").body();
        assertThat(body.indexOf("Quilley")).isNotNegative().isLessThan(body.indexOf("Zed"));
        // A patient matching both ways is listed once.
        String both = patient("Lorne", null).replace("\"Hana\"", "\"Lorne\"");
        assertThat(api.post("/api/v1/patients", both).status()).isEqualTo(201);
        JsonNode results = api.post("/api/v1/patients/search", "{\"query\":\"lorne\"}").json().get("results");
        assertThat(results.size()).isOne();
    }

    @Test
    void aChosenMrnMustBeFreeInTheClinic() {
        assertThat(api.post("/api/v1/patients", patient("Okonkwo", "CHART-77")).status()).isEqualTo(201);
        ApiClient.Response duplicate = api.post("/api/v1/patients", patient("Someone", "chart-77"));
        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.json().get("errors").get(0).get("field").asString()).isEqualTo("mrn");
    }

    @Test
    void medicarePatientsNeedAMemberId() {
        ApiClient.Response response = api.post("/api/v1/patients",
                patient("Nomember", null).replace("\"1eg4te5mk73\"", "null"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("memberId");
    }
}
