package org.rhomboid.fhir.servicerequest;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rhomboid.account.Role;
import org.rhomboid.support.ApiClient;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.TestClinics;
import org.rhomboid.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Incoming referrals: a transaction Bundle or a ServiceRequest with a contained patient lands in the referral inbox;
 * bad ones are 422 naming the element; the front desk files one by registering its patient and declines another;
 * another clinic neither sees nor acts on them; every step is audited.
 */
@RhomboidIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FhirReferralInboxIT {

    static final String NPI = "1234567893";

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;
    @Autowired
    @Qualifier("migrationDataSource")
    javax.sql.DataSource ownerDataSource;

    TestClinics.Clinic clinic;
    IGenericClient fhir;
    ApiClient api;
    JdbcClient owner;

    @BeforeAll
    void client() {
        clinic = clinics.create("Inbox");
        owner = JdbcClient.create(ownerDataSource);
        api = ApiClient.signedIn(port, clinic.user(Role.FRONT_DESK).email(), TestClinics.PASSWORD);
        FhirContext context = FhirContext.forR4Cached();
        context.getRestfulClientFactory().setServerValidationMode(
                ca.uhn.fhir.rest.client.api.ServerValidationModeEnum.NEVER);
        fhir = context.newRestfulGenericClient("http://localhost:" + port + "/fhir");
        fhir.registerInterceptor(new BearerTokenAuthInterceptor(api.token()));
    }

    static Patient patient(String family, String given) {
        Patient patient = new Patient();
        patient.addName().setFamily(family).addGiven(given);
        patient.setBirthDateElement(new org.hl7.fhir.r4.model.DateType("1971-06-09"));
        patient.setGender(Enumerations.AdministrativeGender.FEMALE);
        return patient;
    }

    static ServiceRequest request(String reason) {
        ServiceRequest request = new ServiceRequest();
        request.setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE);
        request.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
        request.getCode().setText("Physical therapy evaluation and treatment");
        request.setRequester(new Reference().setDisplay("Dr. Grace Liu")
                .setIdentifier(new Identifier().setSystem("http://hl7.org/fhir/sid/us-npi").setValue(NPI)));
        request.addReasonCode().setText(reason);
        return request;
    }

    /** Posts a referral in a transaction Bundle; answers the new inbox item's id. */
    UUID sendBundle(String family, String given, String reason) {
        Bundle bundle = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        String fullUrl = "urn:uuid:" + UUID.randomUUID();
        bundle.addEntry().setFullUrl(fullUrl).setResource(patient(family, given)).getRequest()
                .setMethod(Bundle.HTTPVerb.POST).setUrl("Patient");
        ServiceRequest request = request(reason);
        request.setSubject(new Reference(fullUrl));
        bundle.addEntry().setFullUrl("urn:uuid:" + UUID.randomUUID()).setResource(request).getRequest()
                .setMethod(Bundle.HTTPVerb.POST).setUrl("ServiceRequest");
        Bundle response = fhir.transaction().withBundle(bundle).execute();
        assertThat(response.getType()).isEqualTo(Bundle.BundleType.TRANSACTIONRESPONSE);
        Bundle.BundleEntryResponseComponent created = response.getEntry().get(1).getResponse();
        assertThat(created.getStatus()).startsWith("201");
        assertThat(created.getLocation()).startsWith("ServiceRequest/");
        return UUID.fromString(created.getLocation().substring("ServiceRequest/".length()));
    }

    Map<String, Object> row(UUID id) {
        return owner.sql("select * from incoming_referral where id = :id").param("id", id).query().singleRow();
    }

    long audited(UUID id, String action) {
        return owner.sql("select count(*) from audit_event where clinic_id = :c and resource_type = 'Referral'"
                        + " and resource_id = :id and action = :a")
                .param("c", clinic.id()).param("id", id.toString()).param("a", action).query(Long.class).single();
    }

    @Test
    void aTransactionBundleLandsInTheInbox() {
        UUID id = sendBundle("Okonkwo", "Adaeze", "Low back pain, 6 weeks");
        Map<String, Object> row = row(id);
        assertThat(row.get("status")).isEqualTo("NEW");
        assertThat(row.get("clinic_id")).isEqualTo(clinic.id());
        assertThat(row.get("patient_family_name")).isEqualTo("Okonkwo");
        assertThat(row.get("patient_given_name")).isEqualTo("Adaeze");
        assertThat(row.get("patient_birth_date").toString()).isEqualTo("1971-06-09");
        assertThat(row.get("patient_sex")).isEqualTo("FEMALE");
        assertThat(row.get("referrer_name")).isEqualTo("Dr. Grace Liu");
        assertThat(row.get("referrer_npi")).isEqualTo(NPI);
        assertThat(row.get("reason")).isEqualTo("Low back pain, 6 weeks");
        assertThat(row.get("source")).isEqualTo("FHIR");
        assertThat(row.get("patient_json").toString()).contains("Okonkwo");
        assertThat(row.get("service_request_json").toString()).contains("Low back pain");
        assertThat(audited(id, "CREATE")).isEqualTo(1);

        WebSession desk = WebSession.signIn(port, clinic.user(Role.FRONT_DESK).email(), TestClinics.PASSWORD);
        WebSession.Page inbox = desk.get("/referrals");
        assertThat(inbox.status()).isEqualTo(200);
        assertThat(inbox.body()).contains("Okonkwo, Adaeze").contains("Dr. Grace Liu").contains("Low back pain");
    }

    @Test
    void aServiceRequestWithAContainedPatientLandsInTheInbox() {
        ServiceRequest request = request("Neck pain after a fall");
        Patient patient = patient("Haddad", "Samir");
        patient.setId("p1");
        request.addContained(patient);
        request.setSubject(new Reference("#p1"));
        MethodOutcome outcome = fhir.create().resource(request).execute();
        assertThat(outcome.getCreated()).isTrue();
        UUID id = UUID.fromString(outcome.getId().getIdPart());
        assertThat(row(id).get("patient_family_name")).isEqualTo("Haddad");
        assertThat(row(id).get("reason")).isEqualTo("Neck pain after a fall");
    }

    @Test
    void aReferralForAnExistingPatientLandsInTheInbox() {
        ServiceRequest request = request("Shoulder pain");
        request.setSubject(new Reference("Patient/" + clinic.patient().id()));
        MethodOutcome outcome = fhir.create().resource(request).execute();
        UUID id = UUID.fromString(outcome.getId().getIdPart());
        assertThat(row(id).get("patient_family_name")).isEqualTo(clinic.patient().familyName());
        assertThat(row(id).get("patient_json")).isNull();
    }

    @Test
    void badReferralsAre422NamingTheElements() {
        ApiClient.Response empty = api.send("POST", "/fhir/ServiceRequest", """
                {"resourceType":"ServiceRequest","status":"active","intent":"order",
                 "contained":[{"resourceType":"Patient","id":"p1","name":[{"given":["Ana"]}],"birthDate":"1970"}],
                 "subject":{"reference":"#p1"},
                 "requester":{"identifier":{"system":"http://hl7.org/fhir/sid/us-npi","value":"1234567890"}}}""",
                "application/fhir+json");
        assertThat(empty.status()).as(empty.body()).isEqualTo(422);
        assertThat(empty.body()).contains("OperationOutcome").contains("Patient.name.family")
                .contains("Patient.birthDate").contains("ServiceRequest.requester.identifier")
                .contains("ServiceRequest.reasonCode").doesNotContain("Patient.name.given");

        ApiClient.Response control = api.send("POST", "/fhir/ServiceRequest", """
                {"resourceType":"ServiceRequest","status":"active","intent":"order",
                 "subject":{"reference":"Patient/%s"},
                 "requester":{"display":"Dr. Liu"},"reasonCode":[{"text":"Back\\u0007 pain"}]}"""
                .formatted(clinic.patient().id()), "application/fhir+json");
        assertThat(control.status()).as(control.body()).isEqualTo(422);
        assertThat(control.body()).contains("ServiceRequest.reasonCode");

        ApiClient.Response noOne = api.send("POST", "/fhir/ServiceRequest", """
                {"resourceType":"ServiceRequest","status":"active","intent":"order",
                 "subject":{"reference":"Patient/%s"},"reasonCode":[{"text":"Back pain"}]}"""
                .formatted(UUID.randomUUID()), "application/fhir+json");
        assertThat(noOne.status()).as(noOne.body()).isEqualTo(422);
        assertThat(noOne.body()).contains("ServiceRequest.subject").contains("ServiceRequest.requester");

        long stored = owner.sql("select count(*) from incoming_referral where clinic_id = :c and reason like 'Back%'")
                .param("c", clinic.id()).query(Long.class).single();
        assertThat(stored).isZero();
    }

    @Test
    void theFrontDeskFilesOneByRegisteringThePatient() {
        UUID id = sendBundle("Lindqvist", "Maja", "Knee replacement rehab");
        WebSession desk = WebSession.signIn(port, clinic.user(Role.FRONT_DESK).email(), TestClinics.PASSWORD);
        String page = "/referrals/" + id;
        WebSession.Page shown = desk.get(page);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body()).contains("Lindqvist, Maja").contains("value=\"Dr. Grace Liu\"");

        Map<String, String> form = new HashMap<>(Map.of("familyName", "", "givenName", "Maja",
                "birthDate", "1971-06-09", "sex", "FEMALE", "primaryPayer", "SELF_PAY",
                "referringProviderName", "Dr. Grace Liu", "referringProviderNpi", NPI));
        WebSession.Page refused = desk.post(page + "/register", form, page);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Enter the family name").contains("value=\"Maja\"");
        assertThat(row(id).get("status")).isEqualTo("NEW");

        form.put("familyName", "Lindqvist");
        WebSession.Page filed = desk.post(page + "/register", form, page);
        assertThat(filed.status()).as(filed.body()).isEqualTo(302);
        assertThat(filed.location()).endsWith("/referrals");
        Map<String, Object> row = row(id);
        assertThat(row.get("status")).isEqualTo("FILED");
        assertThat(row.get("decided_by")).isEqualTo(clinic.user(Role.FRONT_DESK).id());
        UUID patient = (UUID) row.get("filed_patient_id");
        Map<String, Object> registered = owner.sql("select * from patient where clinic_id = :c and id = :id")
                .param("c", clinic.id()).param("id", patient).query().singleRow();
        assertThat(registered.get("family_name")).isEqualTo("Lindqvist");
        assertThat(registered.get("referring_provider_name")).isEqualTo("Dr. Grace Liu");
        assertThat(registered.get("referring_provider_npi")).isEqualTo(NPI);
        assertThat(audited(id, "UPDATE")).isEqualTo(1);
        assertThat(audited(id, "READ")).isPositive();
        assertThat(desk.get("/referrals").body()).doesNotContain("/referrals/" + id + "\"");

        // Decided: acting again changes nothing.
        WebSession.Page again = desk.post(page + "/decline", Map.of("reason", "Twice"), page);
        assertThat(again.status()).isEqualTo(302);
        assertThat(row(id).get("status")).isEqualTo("FILED");
    }

    @Test
    void theFrontDeskFilesOneToAnExistingPatientWithNoReferrer() {
        UUID id = sendBundle(clinic.patient().familyName(), clinic.patient().givenName(), "Hip pain");
        WebSession desk = WebSession.signIn(port, clinic.user(Role.FRONT_DESK).email(), TestClinics.PASSWORD);
        String page = "/referrals/" + id;
        Object before = owner.sql("select referring_provider_name from patient where id = :id")
                .param("id", clinic.patient().id()).query().singleColumn().get(0);
        WebSession.Page found = desk.post(page + "/search", Map.of("query", clinic.patient().familyName()), page);
        assertThat(found.body()).contains(clinic.patient().id().toString());
        WebSession.Page filed = desk.post(page + "/file", Map.of("patientId", clinic.patient().id().toString()),
                page);
        assertThat(filed.status()).as(filed.body()).isEqualTo(302);
        assertThat(row(id).get("filed_patient_id")).isEqualTo(clinic.patient().id());
        Map<String, Object> patient = owner.sql("select * from patient where id = :id")
                .param("id", clinic.patient().id()).query().singleRow();
        assertThat(patient.get("referring_provider_name")).isEqualTo(before == null ? "Dr. Grace Liu" : before);
    }

    @Test
    void anotherDeclinesOne() {
        UUID id = sendBundle("Moreau", "Luc", "Ankle sprain");
        WebSession desk = WebSession.signIn(port, clinic.user(Role.CLINIC_ADMIN).email(), TestClinics.PASSWORD);
        String page = "/referrals/" + id;
        WebSession.Page noReason = desk.post(page + "/decline", Map.of("reason", " "), page);
        assertThat(noReason.status()).isEqualTo(200);
        assertThat(noReason.body()).contains("Give the reason for declining.");
        WebSession.Page declined = desk.post(page + "/decline", Map.of("reason", "We do not treat children"), page);
        assertThat(declined.status()).isEqualTo(302);
        Map<String, Object> row = row(id);
        assertThat(row.get("status")).isEqualTo("DECLINED");
        assertThat(row.get("decline_reason")).isEqualTo("We do not treat children");
        assertThat(row.get("decided_by")).isEqualTo(clinic.user(Role.CLINIC_ADMIN).id());
        assertThat(audited(id, "UPDATE")).isEqualTo(1);
        assertThat(desk.get("/referrals").body()).contains("We do not treat children");
    }

    @Test
    void anotherClinicCannotSeeOrActOnIt() {
        UUID id = sendBundle("Petrova", "Irina", "Wrist fracture");
        TestClinics.Clinic other = clinics.create("Outsider");
        WebSession desk = WebSession.signIn(port, other.user(Role.FRONT_DESK).email(), TestClinics.PASSWORD);
        assertThat(desk.get("/referrals/" + id).status()).isEqualTo(404);
        assertThat(desk.get("/referrals").body()).doesNotContain("Petrova");
        WebSession.Page decline = desk.post("/referrals/" + id + "/decline", Map.of("reason", "Not ours"),
                "/referrals");
        assertThat(decline.status()).isEqualTo(404);
        assertThat(row(id).get("status")).isEqualTo("NEW");

        // Its FHIR client cannot name this clinic's patient as the subject.
        ApiClient outsider = ApiClient.signedIn(port, other.user(Role.FRONT_DESK).email(), TestClinics.PASSWORD);
        ApiClient.Response foreign = outsider.send("POST", "/fhir/ServiceRequest", """
                {"resourceType":"ServiceRequest","status":"active","intent":"order",
                 "subject":{"reference":"Patient/%s"},
                 "requester":{"display":"Dr. Liu"},"reasonCode":[{"text":"Pain"}]}"""
                .formatted(clinic.patient().id()), "application/fhir+json");
        assertThat(foreign.status()).as(foreign.body()).isEqualTo(422);
        assertThat(foreign.body()).contains("ServiceRequest.subject").doesNotContain(clinic.patient().familyName());
    }
}
