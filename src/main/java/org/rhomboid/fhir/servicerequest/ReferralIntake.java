package org.rhomboid.fhir.servicerequest;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import java.time.LocalDate;
import java.util.UUID;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.StringType;
import org.rhomboid.clinic.ClinicDates;
import org.rhomboid.fhir.FhirPatients;
import org.rhomboid.fhir.FhirSystems;
import org.rhomboid.patient.PatientService;
import org.rhomboid.patient.domain.Sex;
import org.rhomboid.referral.IncomingReferral;
import org.rhomboid.referral.ReferralInbox;
import org.rhomboid.shared.domain.Npi;
import org.rhomboid.shared.domain.PlainText;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An incoming referral (a ServiceRequest with its patient: contained, an entry of a transaction Bundle, or an
 * existing patient of this clinic) checked and filed into the referral inbox. Every problem is answered at once as a
 * 422 OperationOutcome naming the FHIR element; nothing is stored unless all is well.
 */
@Component
@Transactional
class ReferralIntake {

    private final FhirContext context;
    private final ReferralInbox inbox;
    private final FhirPatients fhirPatients;
    private final PatientService patients;
    private final ClinicDates dates;

    ReferralIntake(FhirContext context, ReferralInbox inbox, FhirPatients fhirPatients, PatientService patients,
                   ClinicDates dates) {
        this.dates = dates;
        this.context = context;
        this.inbox = inbox;
        this.fhirPatients = fhirPatients;
        this.patients = patients;
    }

    /**
     * Files the referral; {@code bundled} is the Patient its subject names in a transaction Bundle (else null: the
     * subject is contained or an existing patient). Answers the new inbox item's id.
     */
    UUID receive(ServiceRequest request, Patient bundled) {
        OperationOutcome outcome = new OperationOutcome();
        Reference subject = request.getSubject();
        String ref = subject.getReference();
        Patient patient = bundled;
        UUID existing = null;
        if (patient == null && ref != null && ref.startsWith("#")) {
            patient = contained(request, ref, Patient.class);
            if (patient == null) {
                problem(outcome, "ServiceRequest.subject", "names no contained Patient");
            }
        } else if (patient == null && subject.getResource() instanceof Patient resolved) {
            patient = resolved;
        } else if (patient == null) {
            existing = existingPatient(ref);
            if (existing == null) {
                problem(outcome, "ServiceRequest.subject",
                        "name the patient: a contained Patient or a Patient of this clinic");
            }
        }
        String family = null;
        String given = null;
        LocalDate birth = null;
        Sex sex = null;
        if (patient != null) {
            HumanName name = patient.getName().stream().filter(n -> n.getUse() == HumanName.NameUse.OFFICIAL)
                    .findFirst().orElse(patient.getNameFirstRep());
            family = blank(name.getFamily());
            given = name.getGiven().stream().map(StringType::getValue).filter(v -> v != null && !v.isBlank())
                    .reduce((a, b) -> a + " " + b).map(String::strip).orElse(null);
            birth = birthDate(patient.getBirthDateElement());
            sex = sex(patient);
            text(outcome, "Patient.name.family", family, 100, "Enter the family name");
            text(outcome, "Patient.name.given", given, 100, "Enter the given name");
            if (birth == null) {
                problem(outcome, "Patient.birthDate", "Enter the full date of birth");
            } else if (birth.isAfter(dates.today()) || birth.getYear() < 1850) {
                problem(outcome, "Patient.birthDate", "Date of birth can’t be in the future or before 1850");
            }
        } else if (existing != null) {
            org.rhomboid.patient.Patient known = patients.get(existing);
            family = known.familyName();
            given = known.givenName();
            birth = known.birthDate();
            sex = known.sex();
        }

        Reference requester = request.getRequester();
        String referrer = blank(requester.getDisplay());
        String npi = npi(requester.getIdentifier());
        if (requester.getReference() != null && requester.getReference().startsWith("#")) {
            Practitioner practitioner = contained(request, requester.getReference(), Practitioner.class);
            if (practitioner != null) {
                if (referrer == null && !practitioner.getName().isEmpty()) {
                    HumanName name = practitioner.getNameFirstRep();
                    referrer = blank(name.hasText() ? name.getText() : name.getNameAsSingleString());
                }
                for (Identifier identifier : practitioner.getIdentifier()) {
                    if (npi == null) {
                        npi = npi(identifier);
                    }
                }
            }
        }
        if (referrer == null && npi == null) {
            problem(outcome, "ServiceRequest.requester", "Name the referring provider (display) or their NPI");
        }
        text(outcome, "ServiceRequest.requester.display", referrer, 200, null);
        if (npi != null && !Npi.isValid(npi)) {
            problem(outcome, "ServiceRequest.requester.identifier", "That is not a valid NPI");
        }

        String reason = reason(request);
        text(outcome, "ServiceRequest.reasonCode", reason, 1000, "Give the reason for referral (reasonCode)");

        if (!outcome.getIssue().isEmpty()) {
            throw new UnprocessableEntityException(context, outcome);
        }
        var parser = context.newJsonParser();
        IncomingReferral.Received received = new IncomingReferral.Received(
                parser.encodeResourceToString(request), patient == null ? null : parser.encodeResourceToString(patient),
                family, given, birth, sex, referrer, npi, reason);
        return inbox.receive(received, existing);
    }

    private UUID existingPatient(String ref) {
        if (ref == null || !ref.matches("(.*/)?Patient/[0-9a-fA-F-]{36}")) {
            return null;
        }
        UUID id;
        try {
            id = UUID.fromString(ref.substring(ref.length() - 36));
        } catch (IllegalArgumentException notAUuid) {
            return null;
        }
        try {
            return fhirPatients.require(id);
        } catch (ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException notHere) {
            return null;
        }
    }

    private static <T extends Resource> T contained(ServiceRequest request, String ref, Class<T> type) {
        String id = ref.substring(1);
        for (Resource resource : request.getContained()) {
            String own = resource.getIdElement().getIdPart();
            if (type.isInstance(resource) && own != null && own.replace("#", "").equals(id)) {
                return type.cast(resource);
            }
        }
        return null;
    }

    private static String npi(Identifier identifier) {
        if (identifier == null || identifier.isEmpty()) {
            return null;
        }
        if (identifier.getSystem() != null && !FhirSystems.NPI.equals(identifier.getSystem())) {
            return null;
        }
        return blank(identifier.getValue());
    }

    private static String reason(ServiceRequest request) {
        for (CodeableConcept concept : request.getReasonCode()) {
            if (blank(concept.getText()) != null) {
                return blank(concept.getText());
            }
            for (Coding coding : concept.getCoding()) {
                String said = blank(coding.getDisplay()) != null ? blank(coding.getDisplay()) : blank(coding.getCode());
                if (said != null) {
                    return said;
                }
            }
        }
        return null;
    }

    private static Sex sex(Patient patient) {
        if (!patient.hasGender()) {
            return null;
        }
        return switch (patient.getGender()) {
            case FEMALE -> Sex.FEMALE;
            case MALE -> Sex.MALE;
            case OTHER -> Sex.OTHER;
            default -> Sex.UNKNOWN;
        };
    }

    private static LocalDate birthDate(DateType birth) {
        if (birth == null || birth.isEmpty() || birth.getPrecision() != TemporalPrecisionEnum.DAY) {
            return null;
        }
        return LocalDate.of(birth.getYear(), birth.getMonth() + 1, birth.getDay());
    }

    private static void text(OperationOutcome outcome, String element, String text, int max, String missing) {
        if (text == null) {
            if (missing != null) {
                problem(outcome, element, missing);
            }
            return;
        }
        String problem = PlainText.problem(text);
        if (problem != null) {
            problem(outcome, element, problem);
        } else if (text.length() > max) {
            problem(outcome, element, "Use at most " + max + " characters");
        }
    }

    private static void problem(OperationOutcome outcome, String element, String message) {
        outcome.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR)
                .setCode(OperationOutcome.IssueType.INVALID).setDiagnostics(element + ": " + message)
                .addExpression(element);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
