package org.rhomboid.fhir;

import java.util.Map;
import java.util.Optional;
import org.rhomboid.account.access.Permission;

/**
 * Which permission reads each resource type: the product's role rule ({@link Permission}) applied to FHIR. The
 * front desk keeps demographics, insurance, episodes' administrative details, the schedule and referrals; clinical
 * content (conditions, observations, goals, plans, procedures, documents, who signed them) is for those who read
 * clinical records. A type missing here is refused to everyone: a new provider must be decided here first.
 */
public final class FhirAccess {

    private static final Map<String, Permission> READ = Map.ofEntries(
            Map.entry("Patient", Permission.KEEP_DEMOGRAPHICS),
            Map.entry("Practitioner", Permission.ANY_STAFF),
            Map.entry("PractitionerRole", Permission.ANY_STAFF),
            Map.entry("Organization", Permission.ANY_STAFF),
            Map.entry("Coverage", Permission.KEEP_DEMOGRAPHICS),
            Map.entry("EpisodeOfCare", Permission.KEEP_DEMOGRAPHICS),
            Map.entry("Appointment", Permission.SEE_SCHEDULE),
            Map.entry("ServiceRequest", Permission.KEEP_DEMOGRAPHICS),
            Map.entry("Questionnaire", Permission.ANY_STAFF),
            Map.entry("CodeSystem", Permission.ANY_STAFF),
            Map.entry("OperationDefinition", Permission.ANY_STAFF),
            Map.entry("Encounter", Permission.READ_CLINICAL_RECORDS),
            Map.entry("Condition", Permission.READ_CLINICAL_RECORDS),
            Map.entry("Observation", Permission.READ_CLINICAL_RECORDS),
            Map.entry("QuestionnaireResponse", Permission.READ_CLINICAL_RECORDS),
            Map.entry("Goal", Permission.READ_CLINICAL_RECORDS),
            Map.entry("CarePlan", Permission.READ_CLINICAL_RECORDS),
            Map.entry("Procedure", Permission.READ_CLINICAL_RECORDS),
            Map.entry("DocumentReference", Permission.READ_CLINICAL_RECORDS),
            Map.entry("Provenance", Permission.READ_CLINICAL_RECORDS),
            Map.entry("Binary", Permission.READ_CLINICAL_RECORDS),
            Map.entry("OperationOutcome", Permission.ANY_STAFF),
            Map.entry("Bundle", Permission.ANY_STAFF));

    /** Who may write the few types that take writes: a patient, and a referral with its patient. */
    private static final Map<String, Permission> WRITE = Map.of(
            "Patient", Permission.KEEP_DEMOGRAPHICS,
            "ServiceRequest", Permission.KEEP_DEMOGRAPHICS,
            "Bundle", Permission.KEEP_DEMOGRAPHICS);

    private FhirAccess() {
    }

    public static Optional<Permission> toRead(String resourceType) {
        return Optional.ofNullable(READ.get(resourceType));
    }

    public static Optional<Permission> toWrite(String resourceType) {
        return Optional.ofNullable(WRITE.get(resourceType));
    }
}
