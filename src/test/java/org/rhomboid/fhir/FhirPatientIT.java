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
    void pagesToTheEndWithoutServerState() {
        for (int i = 0; i < 3; i++) {
            api.post("/api/v1/patients", """
                    {"familyName": "Pagewell", "givenName": "P%d", "birthDate": "1970-01-0%d", "sex": "MALE",
                     "primaryPayer": "SELF_PAY"}""".formatted(i, i + 1));
        }
        Bundle page = fhir.search().forResource(Patient.class).where(Patient.FAMILY.matches().value("Pagewell"))
                .count(1).returnBundle(Bundle.class).execute();
        assertThat(page.getTotal()).isEqualTo(3);
        List<String> seen = new java.util.ArrayList<>();
        while (page != null) {
            page.getEntry().forEach(e -> seen.add(e.getResource().getIdElement().getIdPart()));
            page = page.getLink(Bundle.LINK_NEXT) == null ? null : fhir.loadPage().next(page).execute();
        }
        assertThat(seen).hasSize(3).doesNotHaveDuplicates();
        ApiClient.Response count = api.send("GET", "/fhir/Patient?family=Pagewell&_summary=count", null,
                "application/fhir+json");
        assertThat(count.body()).contains("\"total\":3").doesNotContain("\"entry\"");
    }

    @Test
    void conditionalReadAnswersNotModified() {
        Patient patient = fhir.read().resource(Patient.class).withId(clinic.patient().id().toString()).execute();
        Patient again = fhir.read().resource(Patient.class).withId(clinic.patient().id().toString())
                .ifVersionMatches(patient.getMeta().getVersionId()).returnNull().execute();
        assertThat(again).as("304 Not Modified").isNull();
        ApiClient.Response xml = api.send("GET", "/fhir/Patient/" + clinic.patient().id() + "?_format=xml", null,
                "application/fhir+xml");
        assertThat(xml.status()).isEqualTo(200);
        assertThat(xml.body()).contains("<Patient xmlns=\"http://hl7.org/fhir\"");
    }

    @Test
    void everythingStartsWithThePatient() {
        Bundle record = fhir.operation().onInstance(new org.hl7.fhir.r4.model.IdType("Patient",
                        clinic.patient().id().toString())).named("$everything").withNoParameters(
                        org.hl7.fhir.r4.model.Parameters.class).returnResourceType(Bundle.class).execute();
        assertThat(record.getEntryFirstRep().getResource()).isInstanceOf(Patient.class);
    }

    @Test
    void createsAPatientWithTheFormsChecks() {
        Patient sent = new Patient();
        sent.addName().setFamily("Newfhir").addGiven("Ada");
        sent.setGender(org.hl7.fhir.r4.model.Enumerations.AdministrativeGender.FEMALE);
        sent.setBirthDateElement(new org.hl7.fhir.r4.model.DateType("1980-05-06"));
        var outcome = fhir.create().resource(sent).execute();
        assertThat(outcome.getCreated()).isTrue();
        Patient created = fhir.read().resource(Patient.class).withId(outcome.getId().getIdPart()).execute();
        assertThat(created.getIdentifierFirstRep().getValue()).matches("R\\d{6}");

        ApiClient.Response invalid = api.send("POST", "/fhir/Patient",
                "{\"resourceType\":\"Patient\",\"name\":[{\"given\":[\"Ada\"]}],\"birthDate\":\"2999-01-01\"}",
                "application/fhir+json");
        assertThat(invalid.status()).as(invalid.body()).isEqualTo(422);
        assertThat(invalid.body()).contains("Patient.name.family").contains("Patient.birthDate")
                .contains("Patient.gender");
        ApiClient.Response unreadable = api.send("POST", "/fhir/Patient",
                "{\"resourceType\":\"Patient\",\"birthDate\":\"not a date\"}", "application/fhir+json");
        assertThat(unreadable.status()).as(unreadable.body()).isEqualTo(400);
        ApiClient.Response delete = api.send("DELETE", "/fhir/Patient/" + clinic.patient().id(), null,
                "application/fhir+json");
        assertThat(delete.status()).as(delete.body()).isEqualTo(405);
        assertThat(delete.body()).contains("OperationOutcome");
    }

    @Test
    void withoutATokenTheAnswerIsAnOperationOutcome() {
        ApiClient.Response response = ApiClient.anonymous(port).send("GET", "/fhir/Patient", null,
                "application/fhir+json");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.body()).contains("OperationOutcome");
        assertThat(ApiClient.anonymous(port).send("GET", "/fhir/metadata", null, "application/fhir+json").status())
                .isEqualTo(200);
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
