package org.rhomboid.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rhomboid.account.Role;
import org.rhomboid.support.ApiClient;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.TestClinics;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Hostile values in every search parameter every FHIR type declares, and bodies that are not what they say, as an
 * administrator (who reads every type): never a 5xx, always an OperationOutcome or a Bundle.
 */
@RhomboidIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FhirBadInputIT {

    private static final List<String> VALUES = List.of("", " ", "x".repeat(5000), "ge", "gt2026-13-45", "2026-02-30",
            "le99999-01-01", "0001-01-01", "Patient/not-a-uuid", "Patient/", "|", "a|b|c", "http://x|", "\u0000",
            "\uD800", "'; drop table patient; --", "%", "_", "\\", "*", "ap2026-01-01", "eq", "-1", "9999999999",
            "Ω≈ç√", "1e309", "true", "null", ":missing", "2026-12-07T25:61:00Z");

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;

    ApiClient admin;
    CapabilityStatement statement;

    @BeforeAll
    void signIn() {
        TestClinics.Clinic clinic = clinics.create("Badinput");
        admin = ApiClient.signedIn(port, clinic.user(Role.CLINIC_ADMIN).email(), TestClinics.PASSWORD);
        statement = FhirContext.forR4Cached().newJsonParser().parseResource(CapabilityStatement.class,
                ApiClient.anonymous(port).send("GET", "/fhir/metadata", null, "application/fhir+json").body());
    }

    @Test
    void hostileSearchValuesNeverBreakTheServer() {
        List<String> failures = new ArrayList<>();
        for (CapabilityStatement.CapabilityStatementRestResourceComponent resource
                : statement.getRestFirstRep().getResource()) {
            List<String> params = new ArrayList<>(resource.getSearchParam().stream().map(p -> p.getName()).toList());
            params.addAll(List.of("_count", "_offset", "_sort", "_summary", "_include", "_revinclude", "_format"));
            for (String param : params) {
                for (String value : VALUES) {
                    String path = "/fhir/" + resource.getType() + "?" + param + "="
                            + URLEncoder.encode(value, StandardCharsets.UTF_8);
                    ApiClient.Response response = admin.send("GET", path, null, "application/fhir+json");
                    if (response.status() >= 500) {
                        failures.add(response.status() + " " + resource.getType() + "?" + param + "=" + value.length()
                                + " chars: " + response.body());
                    }
                }
            }
        }
        assertThat(failures).as(String.join("\n", failures)).isEmpty();
    }

    @Test
    void bodiesThatAreNotWhatTheySayAreRefused() {
        List<String> bodies = List.of("", "{", "[]", "{\"resourceType\":\"Observation\"}", "{\"resourceType\":\"Patient\","
                + "\"name\":\"not a list\"}", "<Patient xmlns=\"http://hl7.org/fhir\"><name><family value=\"x\"/>",
                "{\"resourceType\":\"Bundle\",\"type\":\"transaction\",\"entry\":[{}]}",
                "{\"resourceType\":\"Patient\",\"birthDate\":\"1980-02-30\",\"gender\":\"female\",\"name\":[{\"family\":\"X\","
                + "\"given\":[\"Y\"]}]}", "{\"resourceType\":\"Patient\",\"gender\":\"robot\"}",
                "{\"resourceType\":\"Patient\",\"birthDate\":\"1980-02-03\",\"gender\":\"female\",\"name\":[{\"family\":"
                + "\"X\\u0000\",\"given\":[\"Y\\ud800\"]}]}");
        List<String> failures = new ArrayList<>();
        for (String path : List.of("/fhir/Patient", "/fhir", "/fhir/ServiceRequest", "/fhir/Observation")) {
            for (String body : bodies) {
                for (String type : List.of("application/fhir+json", "application/fhir+xml", "text/plain")) {
                    ApiClient.Response response = admin.send("POST", path, body, type);
                    if (response.status() >= 500 || response.status() < 400) {
                        failures.add(response.status() + " POST " + path + " (" + type + ") " + body + ": "
                                + response.body());
                    }
                }
            }
        }
        assertThat(failures).as(String.join("\n", failures)).isEmpty();
    }
}
