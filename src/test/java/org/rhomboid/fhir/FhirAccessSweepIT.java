package org.rhomboid.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rhomboid.account.Role;
import org.rhomboid.account.access.Permission;
import org.rhomboid.bootstrap.DemoClinic;
import org.rhomboid.support.ApiClient;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.TestClinics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every FHIR type the server declares, swept as every role and across clinics: a role the rule refuses gets 403 before
 * anything is read; another clinic's resources — everything in the demo clinic's patients' records — answer 404 with
 * nothing of theirs in the answer. A new provider is covered as soon as it is registered.
 */
@RhomboidIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FhirAccessSweepIT {

    private static final FhirContext FHIR = FhirContext.forR4Cached();

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;

    TestClinics.Clinic clinic;
    Map<Role, ApiClient> as = new EnumMap<>(Role.class);
    List<String> types;

    @BeforeAll
    void signIn() {
        clinic = clinics.create("Sweepwell");
        for (Role role : Role.values()) {
            as.put(role, ApiClient.signedIn(port, clinic.user(role).email(), TestClinics.PASSWORD));
        }
        String metadata = ApiClient.anonymous(port).send("GET", "/fhir/metadata", null, "application/fhir+json").body();
        CapabilityStatement statement = FHIR.newJsonParser().parseResource(CapabilityStatement.class, metadata);
        types = statement.getRestFirstRep().getResource().stream()
                .map(CapabilityStatement.CapabilityStatementRestResourceComponent::getType).toList();
    }

    @Test
    void everyDeclaredTypeHasARule() {
        assertThat(types).isNotEmpty();
        for (String type : types) {
            assertThat(FhirAccess.toRead(type)).as(type + " needs its rule in FhirAccess").isPresent();
        }
    }

    @Test
    void eachRoleReadsOnlyWhatTheRuleAllows() {
        for (String type : types) {
            Permission rule = FhirAccess.toRead(type).orElseThrow();
            for (Role role : Role.values()) {
                ApiClient.Response response = as.get(role).send("GET", "/fhir/" + type + "/" + UUID.randomUUID(),
                        null, "application/fhir+json");
                int expected = rule.roles().contains(role) ? 404 : 403;
                assertThat(response.status()).as(role + " reading " + type + ": " + response.body())
                        .isEqualTo(expected);
                assertThat(response.body()).as(role + " " + type).contains("OperationOutcome");
            }
        }
    }

    @Test
    void anotherClinicsRecordsAreNotFound() {
        ApiClient demoAdmin = ApiClient.signedIn(port, "admin@demo.rhomboid.org", DemoClinic.PASSWORD);
        Bundle found = FHIR.newJsonParser().parseResource(Bundle.class,
                demoAdmin.send("GET", "/fhir/Patient?_count=500", null, "application/fhir+json").body());
        List<UUID> demoPatients = found.getEntry().stream()
                .map(e -> UUID.fromString(e.getResource().getIdElement().getIdPart())).toList();
        assertThat(demoPatients).as("the demo clinic's patients").isNotEmpty();
        Set<String> foreign = new LinkedHashSet<>();
        List<String> names = new ArrayList<>();
        for (UUID patient : demoPatients) {
            ApiClient.Response record = demoAdmin.send("GET", "/fhir/Patient/" + patient + "/$everything", null,
                    "application/fhir+json");
            assertThat(record.status()).as(record.body()).isEqualTo(200);
            Bundle bundle = FHIR.newJsonParser().parseResource(Bundle.class, record.body());
            for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
                foreign.add(entry.getResource().fhirType() + "/" + entry.getResource().getIdElement().getIdPart());
                if (entry.getResource() instanceof org.hl7.fhir.r4.model.Patient p) {
                    names.add(p.getNameFirstRep().getFamily());
                }
            }
        }
        ApiClient admin = as.get(Role.CLINIC_ADMIN);
        for (String reference : foreign) {
            ApiClient.Response response = admin.send("GET", "/fhir/" + reference, null, "application/fhir+json");
            assertThat(response.status()).as(reference + ": " + response.body()).isEqualTo(404);
            assertThat(response.body()).contains("OperationOutcome");
            names.forEach(name -> assertThat(response.body()).doesNotContain(name));
        }
        for (UUID patient : demoPatients) {
            for (String type : types) {
                if (!searchesByPatient(type)) {
                    continue;
                }
                ApiClient.Response response = admin.send("GET", "/fhir/" + type + "?patient=" + patient, null,
                        "application/fhir+json");
                assertThat(response.status()).as(type + "?patient= another clinic's: " + response.body())
                        .isEqualTo(404);
            }
            ApiClient.Response everything = admin.send("GET", "/fhir/Patient/" + patient + "/$everything", null,
                    "application/fhir+json");
            assertThat(everything.status()).isEqualTo(404);
        }
    }

    private boolean searchesByPatient(String type) {
        String metadata = ApiClient.anonymous(port).send("GET", "/fhir/metadata", null, "application/fhir+json").body();
        CapabilityStatement statement = FHIR.newJsonParser().parseResource(CapabilityStatement.class, metadata);
        return statement.getRestFirstRep().getResource().stream().filter(r -> r.getType().equals(type))
                .flatMap(r -> r.getSearchParam().stream()).anyMatch(p -> p.getName().equals("patient"));
    }
}
