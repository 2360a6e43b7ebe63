package org.rhomboid.fhir;

import java.util.UUID;

/** The code and identifier systems Rhomboid's resources use. */
public final class FhirSystems {

    public static final String LOINC = "http://loinc.org";
    public static final String SNOMED = "http://snomed.info/sct";
    public static final String ICD_10_CM = "http://hl7.org/fhir/sid/icd-10-cm";
    public static final String CPT = "http://www.ama-assn.org/go/cpt";
    public static final String NPI = "http://hl7.org/fhir/sid/us-npi";
    public static final String EIN = "urn:oid:2.16.840.1.113883.4.4";
    public static final String V2_IDENTIFIER_TYPE = "http://terminology.hl7.org/CodeSystem/v2-0203";
    public static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
    public static final String CONDITION_CATEGORY = "http://terminology.hl7.org/CodeSystem/condition-category";
    public static final String US_CORE_CATEGORY = "http://hl7.org/fhir/us/core/CodeSystem/us-core-category";
    public static final String UCUM = "http://unitsofmeasure.org";

    /** Rhomboid's own code systems (published at /fhir/CodeSystem): measures without a LOINC code, and the like. */
    public static final String RHOMBOID = "https://rhomboid.org/fhir/CodeSystem/";

    private FhirSystems() {
    }

    /** A clinic's medical record numbers: each clinic numbers its own patients. */
    public static String mrn(UUID clinicId) {
        return "https://rhomboid.org/fhir/sid/mrn/" + clinicId;
    }
}
