package org.rhomboid.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rhomboid.account.Role;
import org.rhomboid.support.ApiClient;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.TestClinics;
import org.rhomboid.support.UsCore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@RhomboidIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FhirPatientIT {

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;

    TestClinics.Clinic clinic;
    IGenericClient fhir;
    ApiClient api;

    @BeforeAll
    void signIn() {
        clinic = clinics.create("Fhirsby");
        api = ApiClient.signedIn(port, clinic.user(Role.PT).email(), TestClinics.PASSWORD);
        FhirContext context = FhirContext.forR4Cached();
        context.getRestfulClientFactory().setServerValidationMode(ca.uhn.fhir.rest.client.api.ServerValidationModeEnum.NEVER);
        fhir = context.newRestfulGenericClient("http://localhost:" + port + "/fhir");
        fhir.registerInterceptor(new BearerTokenAuthInterceptor(api.token()));
    }

    @Test
    void readsAPatientAsUsCore() {
        Patient patient = fhir.read().resource(Patient.class).withId(clinic.patient().id().toString()).execute();
        assertThat(patient.getNameFirstRep().getFamily()).isEqualTo("Fhirsby");
        assertThat(patient.getMeta().getVersionId()).isEqualTo("0");
        assertThat(patient.getIdentifierFirstRep().getValue()).isEqualTo(clinic.patient().mrn());
        var errors = UsCore.errors(patient);
        assertThat(errors).as(UsCore.describe(errors)).isEmpty();
    }

    @Test
    void searchesByNameBirthDateAndIdentifier() {
        Bundle byName = fhir.search().forResource(Patient.class).where(Patient.NAME.matches().value("fhirs"))
                .returnBundle(Bundle.class).execute();
        assertThat(byName.getEntry()).extracting(e -> e.getResource().getIdElement().getIdPart())
                .containsExactly(clinic.patient().id().toString());
        Bundle byBirth = fhir.search().forResource(Patient.class)
                .where(Patient.BIRTHDATE.exactly().day("1960-02-14"))
                .and(Patient.FAMILY.matches().value("Fhirsby")).returnBundle(Bundle.class).execute();
        assertThat(byBirth.getEntry()).hasSize(1);
        Bundle byMrn = fhir.search().forResource(Patient.class)
                .where(Patient.IDENTIFIER.exactly().code(clinic.patient().mrn())).returnBundle(Bundle.class).execute();
        assertThat(byMrn.getEntry()).hasSize(1);
    }

    @Test
    void unknownSearchParametersAreRefused() {
        ApiClient.Response response = api.send("GET", "/fhir/Patient?colour=blue", null, "application/fhir+json");
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("OperationOutcome");
    }

    @Test
    void anotherClinicsPatientIsNotFound() {
        TestClinics.Clinic other = clinics.create("Elsewhere");
        ApiClient.Response response = api.send("GET", "/fhir/Patient/" + other.patient().id(), null,
                "application/fhir+json");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).contains("OperationOutcome").doesNotContain("Elsewhere");
    }

    @Test
    void metadataInstantiatesUsCore() {
        CapabilityStatement statement = fhir.capabilities().ofType(CapabilityStatement.class).execute();
        assertThat(statement.getInstantiates()).extracting(c -> c.getValue())
                .contains(FhirProfiles.US_CORE_SERVER);
        assertThat(statement.getRestFirstRep().getResource()).extracting(CapabilityStatement.CapabilityStatementRestResourceComponent::getType)
                .contains("Patient");
        List<String> params = statement.getRestFirstRep().getResource().stream()
                .filter(r -> r.getType().equals("Patient")).findFirst().orElseThrow()
                .getSearchParam().stream().map(p -> p.getName()).toList();
        assertThat(params).contains("identifier", "name", "birthdate", "gender", "_id");
    }
}
