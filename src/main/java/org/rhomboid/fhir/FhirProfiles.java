package org.rhomboid.fhir;

import java.util.List;
import java.util.Map;

/** The US Core 6.1.0 profiles Rhomboid's resources claim, by type: in each resource's meta and in /fhir/metadata. */
public final class FhirProfiles {

    public static final String US_CORE = "http://hl7.org/fhir/us/core/StructureDefinition/";
    public static final String US_CORE_SERVER = "http://hl7.org/fhir/us/core/CapabilityStatement/us-core-server|6.1.0";

    public static final String PATIENT = US_CORE + "us-core-patient";
    public static final String PRACTITIONER = US_CORE + "us-core-practitioner";
    public static final String PRACTITIONER_ROLE = US_CORE + "us-core-practitionerrole";
    public static final String ORGANIZATION = US_CORE + "us-core-organization";
    public static final String COVERAGE = US_CORE + "us-core-coverage";
    public static final String ENCOUNTER = US_CORE + "us-core-encounter";
    public static final String CONDITION_ENCOUNTER_DIAGNOSIS = US_CORE + "us-core-condition-encounter-diagnosis";
    public static final String CONDITION_PROBLEMS = US_CORE + "us-core-condition-problems-health-concerns";
    public static final String OBSERVATION_SCREENING = US_CORE + "us-core-observation-screening-assessment";
    public static final String OBSERVATION_CLINICAL_RESULT = US_CORE + "us-core-observation-clinical-result";
    public static final String QUESTIONNAIRE_RESPONSE = US_CORE + "us-core-questionnaireresponse";
    public static final String GOAL = US_CORE + "us-core-goal";
    public static final String CARE_PLAN = US_CORE + "us-core-careplan";
    public static final String PROCEDURE = US_CORE + "us-core-procedure";
    public static final String SERVICE_REQUEST = US_CORE + "us-core-servicerequest";
    public static final String DOCUMENT_REFERENCE = US_CORE + "us-core-documentreference";
    public static final String PROVENANCE = US_CORE + "us-core-provenance";

    /** Supported profiles per type, for the CapabilityStatement (types not listed are base R4). */
    public static final Map<String, List<String>> BY_TYPE = Map.ofEntries(
            Map.entry("Patient", List.of(PATIENT)),
            Map.entry("Practitioner", List.of(PRACTITIONER)),
            Map.entry("PractitionerRole", List.of(PRACTITIONER_ROLE)),
            Map.entry("Organization", List.of(ORGANIZATION)),
            Map.entry("Coverage", List.of(COVERAGE)),
            Map.entry("Encounter", List.of(ENCOUNTER)),
            Map.entry("Condition", List.of(CONDITION_ENCOUNTER_DIAGNOSIS, CONDITION_PROBLEMS)),
            Map.entry("Observation", List.of(OBSERVATION_SCREENING, OBSERVATION_CLINICAL_RESULT)),
            Map.entry("QuestionnaireResponse", List.of(QUESTIONNAIRE_RESPONSE)),
            Map.entry("Goal", List.of(GOAL)),
            Map.entry("CarePlan", List.of(CARE_PLAN)),
            Map.entry("Procedure", List.of(PROCEDURE)),
            Map.entry("ServiceRequest", List.of(SERVICE_REQUEST)),
            Map.entry("DocumentReference", List.of(DOCUMENT_REFERENCE)),
            Map.entry("Provenance", List.of(PROVENANCE)));

    private FhirProfiles() {
    }
}
