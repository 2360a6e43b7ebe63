package org.rhomboid.fhir.condition;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.rhomboid.account.Role;
import org.rhomboid.clinic.ClinicScope;
import org.rhomboid.screening.ScreeningService;
import org.rhomboid.support.ApiClient;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.TestClinics;
import org.rhomboid.support.TestDocuments;
import org.rhomboid.support.UsCore;
import org.rhomboid.support.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A red-flag concern raised by screening, read back as a US Core health-concern Condition through its life: open
 * (active, provisional), acknowledged (referred: urgent imaging), cleared by imaging (resolved, abated on the
 * result's date), under one stable id; searched, in $everything, one clinic only, therapists only.
 */
@RhomboidIntegrationTest
class FhirHealthConcernsIT {

    private static final String RED_FLAGS = "https://rhomboid.org/fhir/CodeSystem/red-flag-concerns";

    @LocalServerPort
    int port;
    @Autowired
    TestClinics clinics;
    @Autowired
    ScreeningService screening;

    private IGenericClient client(String token) {
        FhirContext context = FhirContext.forR4Cached();
        context.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
        IGenericClient client = context.newRestfulGenericClient("http://localhost:" + port + "/fhir");
        client.registerInterceptor(new BearerTokenAuthInterceptor(token));
        return client;
    }

    private static void valid(Resource resource) {
        var errors = UsCore.errors(resource);
        assertThat(errors).as(resource.fhirType() + "/" + resource.getIdPart() + "\n" + UsCore.describe(errors))
                .isEmpty();
    }

    /** A woman with osteoporosis after a minor fall: a possible compression fracture, urgent imaging. */
    private static TestClinics.Clinic screened(TestClinics clinics, int port, String name) {
        TestClinics.Clinic clinic = clinics.create(name);
        WebSession therapist = WebSession.signIn(port, clinic.user(Role.PT).email(), TestClinics.PASSWORD);
        String episode = "/episodes/" + clinic.episode().id();
        assertThat(therapist.postMulti(episode + "/exam-findings",
                Map.of("finding", List.of("OSTEOPOROSIS", "MINOR_TRAUMA")), episode).status()).isEqualTo(302);
        return clinic;
    }

    private static List<Condition> concerns(IGenericClient fhir, String patient) {
        return fhir.search().forResource(Condition.class).where(Condition.PATIENT.hasId(patient))
                .and(Condition.CATEGORY.exactly().code("health-concern")).returnBundle(Bundle.class).execute()
                .getEntry().stream().map(e -> (Condition) e.getResource()).toList();
    }

    private static String code(CodeableConcept concept, String system) {
        return concept.getCoding().stream().filter(c -> c.getSystem().equals(system)).findFirst()
                .map(c -> c.getCode()).orElse(null);
    }

    @Test
    void aConcernIsAHealthConcernFromScreeningToClearance() {
        TestClinics.Clinic clinic = screened(clinics, port, "Concernwell");
        String patient = clinic.patient().id().toString();
        ApiClient api = ApiClient.signedIn(port, clinic.user(Role.PT).email(), TestClinics.PASSWORD);
        IGenericClient fhir = client(api.token());
        String id = clinic.episode().id() + ".rf4";

        // Open: suspected, active, the findings that raised it as evidence.
        List<Condition> open = concerns(fhir, patient);
        assertThat(open).hasSize(1);
        Condition concern = open.get(0);
        assertThat(concern.getIdPart()).isEqualTo(id);
        assertThat(concern.getMeta().getProfile().get(0).getValue())
                .endsWith("us-core-condition-problems-health-concerns");
        assertThat(concern.getCategoryFirstRep().getCodingFirstRep().getCode()).isEqualTo("health-concern");
        assertThat(code(concern.getCode(), RED_FLAGS)).isEqualTo("vertebral-fracture");
        assertThat(concern.getCode().getText()).isEqualTo("Suspected vertebral fracture");
        assertThat(concern.getClinicalStatus().getCodingFirstRep().getCode()).isEqualTo("active");
        assertThat(concern.getVerificationStatus().getCodingFirstRep().getCode()).isEqualTo("provisional");
        assertThat(concern.getEvidence()).extracting(e -> e.getCodeFirstRep().getText())
                .contains("Osteoporosis", "Minor trauma");
        assertThat(concern.getNoteFirstRep().getText()).contains("urgent referral").contains("open");
        assertThat(concern.getRecorder().getReference()).isEqualTo("Practitioner/" + clinic.user(Role.PT).id());
        assertThat(concern.hasAbatement()).isFalse();
        assertThat(concern.hasRecordedDate()).isTrue();
        valid(concern);

        // Acknowledged: referred for urgent imaging, still active, the same id.
        var latest = ClinicScope.callAs(clinic.id(), () -> screening.of(clinic.episode())).latest();
        WebSession therapist = WebSession.signIn(port, clinic.user(Role.PT).email(), TestClinics.PASSWORD);
        String episode = "/episodes/" + clinic.episode().id();
        assertThat(therapist.post("/screenings/" + latest.id() + "/acknowledgements", Map.of("episodeId",
                clinic.episode().id().toString(), "condition", "VERTEBRAL_FRACTURE", "note",
                "Urgent X-ray requested from the GP today."), episode).status()).isEqualTo(302);
        Condition referred = fhir.read().resource(Condition.class).withId(id).execute();
        assertThat(referred.getNoteFirstRep().getText()).contains("referred").doesNotContain("X-ray");
        assertThat(referred.getClinicalStatus().getCodingFirstRep().getCode()).isEqualTo("active");
        valid(referred);
        assertThat(fhir.search().forResource(Condition.class).where(Condition.PATIENT.hasId(patient))
                .and(Condition.CODE.exactly().systemAndCode(RED_FLAGS, "vertebral-fracture"))
                .returnBundle(Bundle.class).execute().getTotal()).isEqualTo(1);
        assertThat(fhir.search().forResource(Condition.class).where(Condition.PATIENT.hasId(patient))
                .and(Condition.CODE.exactly().systemAndCode(RED_FLAGS, "spinal-malignancy"))
                .returnBundle(Bundle.class).execute().getTotal()).isZero();
        assertThat(fhir.search().forResource(Condition.class).where(Condition.PATIENT.hasId(patient))
                .and(Condition.CLINICAL_STATUS.exactly().code("resolved"))
                .returnBundle(Bundle.class).execute().getTotal()).isZero();

        // Cleared by imaging: resolved, abated on the result's date, the same id.
        LocalDate result = LocalDate.now().minusDays(1);
        Map<String, List<String>> outcome = new LinkedHashMap<>();
        outcome.put("condition", List.of("VERTEBRAL_FRACTURE"));
        outcome.put("method", List.of("IMAGING"));
        outcome.put("resultDate", List.of(result.toString()));
        outcome.put("note", List.of("MRI: old healed T8 wedge, no acute fracture."));
        assertThat(therapist.postMultipart(episode + "/clearances", outcome, "file", "mri.pdf",
                TestDocuments.pdf("MRI thoracic spine: no acute fracture"), episode).status()).isEqualTo(302);
        Condition cleared = fhir.read().resource(Condition.class).withId(id).execute();
        assertThat(cleared.getClinicalStatus().getCodingFirstRep().getCode()).isEqualTo("resolved");
        assertThat(cleared.getVerificationStatus().getCodingFirstRep().getCode()).isEqualTo("provisional");
        assertThat(cleared.getAbatementDateTimeType().getValueAsString()).isEqualTo(result.toString());
        assertThat(cleared.getNoteFirstRep().getText()).contains("cleared").doesNotContain("MRI");
        valid(cleared);
        assertThat(fhir.search().forResource(Condition.class).where(Condition.PATIENT.hasId(patient))
                .and(Condition.CLINICAL_STATUS.exactly().code("resolved"))
                .returnBundle(Bundle.class).execute().getTotal()).isEqualTo(1);
        assertThat(fhir.search().forResource(Condition.class).where(Condition.RES_ID.exactly().code(id))
                .returnBundle(Bundle.class).execute().getTotal()).isEqualTo(1);
        assertThat(api.send("GET", "/fhir/Patient/" + patient + "/$everything", null, "application/fhir+json")
                .body()).contains("Condition/" + id);
        assertThat(api.send("GET", "/fhir/CodeSystem/red-flag-concerns", null, "application/fhir+json").body())
                .contains("vertebral-fracture");
    }

    @Test
    void anotherClinicsConcernIsNotFoundAndTheFrontDeskMayNotReadConcerns() {
        TestClinics.Clinic ours = screened(clinics, port, "Ourwell");
        TestClinics.Clinic theirs = screened(clinics, port, "Elsewell");
        ApiClient api = ApiClient.signedIn(port, ours.user(Role.PT).email(), TestClinics.PASSWORD);
        assertThat(concerns(client(api.token()), ours.patient().id().toString())).hasSize(1);
        ApiClient.Response response = api.send("GET", "/fhir/Condition/" + theirs.episode().id() + ".rf4", null,
                "application/fhir+json");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).contains("OperationOutcome").doesNotContain("Elsewell");

        ApiClient frontDesk = ApiClient.signedIn(port, ours.user(Role.FRONT_DESK).email(), TestClinics.PASSWORD);
        for (String path : List.of("/fhir/Condition/" + ours.episode().id() + ".rf4",
                "/fhir/Condition?patient=" + ours.patient().id() + "&category=health-concern")) {
            ApiClient.Response refused = frontDesk.send("GET", path, null, "application/fhir+json");
            assertThat(refused.status()).as(path).isEqualTo(403);
            assertThat(refused.body()).contains("OperationOutcome");
        }
    }
}
