package org.rhomboid.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.rhomboid.bootstrap.DemoClinic;
import org.rhomboid.support.ApiClient;
import org.rhomboid.support.RhomboidIntegrationTest;
import org.rhomboid.support.UsCore;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The proof of the FHIR mapping: every demo patient's whole record, exported through {@code $everything} as a
 * physical therapist reads it, validated resource by resource against US Core 6.1.0 (and base R4) with no error —
 * and the richest demo record (the in-care episode's, with its next visits booked) holds every resource type a
 * patient's record has.
 */
@RhomboidIntegrationTest
class FhirDemoEpisodeIT {

    private static final FhirContext FHIR = FhirContext.forR4Cached();

    /** What a complete episode — intake to discharge — is made of, as FHIR. */
    private static final Set<String> A_WHOLE_EPISODE = Set.of("Patient", "EpisodeOfCare", "Encounter", "Condition",
            "Observation", "QuestionnaireResponse", "Goal", "CarePlan", "Procedure", "DocumentReference",
            "Provenance", "Coverage", "ServiceRequest", "Appointment");

    @LocalServerPort
    int port;

    @Test
    void theDemoRecordsExportWithoutAnError() {
        ApiClient pt = ApiClient.signedIn(port, DemoClinic.PT_EMAIL, DemoClinic.PASSWORD);
        Bundle patients = FHIR.newJsonParser().parseResource(Bundle.class,
                pt.send("GET", "/fhir/Patient?_count=500", null, "application/fhir+json").body());
        assertThat(patients.getEntry()).isNotEmpty();
        List<String> errors = new ArrayList<>();
        Set<String> richest = Set.of();
        List<String> byPatient = new ArrayList<>();
        int validated = 0;
        for (Bundle.BundleEntryComponent entry : patients.getEntry()) {
            String id = entry.getResource().getIdElement().getIdPart();
            ApiClient.Response response = pt.send("GET", "/fhir/Patient/" + id + "/$everything", null,
                    "application/fhir+json");
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            Bundle record = FHIR.newJsonParser().parseResource(Bundle.class, response.body());
            Set<String> types = new TreeSet<>();
            for (Bundle.BundleEntryComponent part : record.getEntry()) {
                Resource resource = part.getResource();
                types.add(resource.fhirType());
                for (SingleValidationMessage message : UsCore.errors(resource)) {
                    errors.add(resource.fhirType() + "/" + resource.getIdPart() + " " + message.getLocationString()
                            + ": " + message.getMessage());
                }
                validated++;
            }
            byPatient.add(record.getEntry().size() + " " + types);
            if (types.size() > richest.size()) {
                richest = types;
            }
        }
        assertThat(errors).as(validated + " resources validated:\n" + String.join("\n", errors)).isEmpty();
        assertThat(richest).as("the richest demo record; each record: " + byPatient).containsAll(A_WHOLE_EPISODE);
    }
}
