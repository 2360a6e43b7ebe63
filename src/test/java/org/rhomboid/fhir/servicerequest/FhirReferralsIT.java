package org.rhomboid.fhir.servicerequest;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;
import java.util.HashMap;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.rhomboid.account.Role;
import org.rhomboid.support.ApiClient;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.TestClinics;
import org.rhomboid.support.UsCore;
import org.rhomboid.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The referral an episode answers as US Core ServiceRequest, read by the front desk, who recorded its referrer. */
@RhomboidIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FhirReferralsIT {

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;

    TestClinics.Clinic clinic;
    IGenericClient fhir;
    String episode;

    @BeforeAll
    void referral() {
        clinic = clinics.create("Referby");
        episode = clinic.episode().id().toString();
        WebSession desk = WebSession.signIn(port, clinic.user(Role.FRONT_DESK).email(), TestClinics.PASSWORD);
        Map<String, String> form = new HashMap<>(Map.of("givenName", clinic.patient().givenName(),
                "familyName", clinic.patient().familyName(), "birthDate", clinic.patient().birthDate().toString(),
                "sex", "FEMALE", "primaryPayer", "MEDICARE", "memberId", clinic.patient().memberId(),
                "version", String.valueOf(clinic.patient().version())));
        form.put("referringProviderName", "Dr. Grace Liu");
        form.put("referringProviderNpi", "1234567893");
        String page = "/patients/" + clinic.patient().id();
        WebSession.Page saved = desk.post(page, form, page + "/edit");
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        ApiClient api = ApiClient.signedIn(port, clinic.user(Role.FRONT_DESK).email(), TestClinics.PASSWORD);
        FhirContext context = FhirContext.forR4Cached();
        context.getRestfulClientFactory().setServerValidationMode(
                ca.uhn.fhir.rest.client.api.ServerValidationModeEnum.NEVER);
        fhir = context.newRestfulGenericClient("http://localhost:" + port + "/fhir");
        fhir.registerInterceptor(new BearerTokenAuthInterceptor(api.token()));
    }

    @Test
    void theEpisodesReferralIsAUsCoreServiceRequest() {
        ServiceRequest referral = fhir.read().resource(ServiceRequest.class).withId(episode).execute();
        var errors = UsCore.errors(referral);
        assertThat(errors).as(UsCore.describe(errors)).isEmpty();
        assertThat(referral.getRequester().getDisplay()).isEqualTo("Dr. Grace Liu");
        assertThat(referral.getRequester().getIdentifier().getValue()).isEqualTo("1234567893");
        assertThat(referral.getStatus()).isEqualTo(ServiceRequest.ServiceRequestStatus.ACTIVE);
        assertThat(referral.getSubject().getReference()).isEqualTo("Patient/" + clinic.patient().id());

        String patient = clinic.patient().id().toString();
        for (String query : new String[]{"patient=" + patient, "_id=" + episode, "patient=" + patient
                + "&status=active", "patient=" + patient + "&authored=ge2000-01-01"}) {
            Bundle found = fhir.search().byUrl("ServiceRequest?" + query).returnBundle(Bundle.class).execute();
            assertThat(found.getEntry()).as(query).hasSize(1);
        }
        assertThat(fhir.search().byUrl("ServiceRequest?patient=" + patient + "&status=completed")
                .returnBundle(Bundle.class).execute().getEntry()).isEmpty();
    }

    @Test
    void anotherClinicsReferralIsNotFound() {
        TestClinics.Clinic other = clinics.create("Elsewhere");
        ApiClient elsewhere = ApiClient.signedIn(port, other.user(Role.FRONT_DESK).email(), TestClinics.PASSWORD);
        ApiClient.Response response = elsewhere.send("GET", "/fhir/ServiceRequest/" + episode, null,
                "application/fhir+json");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).contains("OperationOutcome").doesNotContain("Grace Liu");
    }

    @Test
    void writesOtherThanAReferralAreNotAllowed() {
        ApiClient api = ApiClient.signedIn(port, clinic.user(Role.CLINIC_ADMIN).email(), TestClinics.PASSWORD);
        ApiClient.Response put = api.send("DELETE", "/fhir/DocumentReference/" + episode, null,
                "application/fhir+json");
        assertThat(put.body()).contains("OperationOutcome");
        assertThat(put.status()).as(put.body()).isEqualTo(405);
    }
}
