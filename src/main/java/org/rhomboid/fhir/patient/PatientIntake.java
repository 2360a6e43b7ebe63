package org.rhomboid.fhir.patient;

import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.time.LocalDate;
import org.hl7.fhir.r4.model.DateType;
import java.util.Set;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.StringType;
import org.rhomboid.patient.PatientDetails;
import org.rhomboid.patient.domain.Payer;
import org.springframework.stereotype.Component;

/**
 * A Patient another system sends, read into what the registration form fills in and checked by the same rules
 * ({@link PatientDetails}'s constraints): every problem answered at once, as a 422 OperationOutcome naming the
 * FHIR element. The clinic numbers the patient (its MRN); a FHIR Patient says nothing of insurance, so the patient
 * starts as self-pay until the front desk records a coverage.
 */
@Component
class PatientIntake {

    private final Validator validator;
    private final FhirContext context;

    PatientIntake(Validator validator, FhirContext context) {
        this.validator = validator;
        this.context = context;
    }

    PatientDetails details(Patient patient) {
        HumanName name = patient.getName().stream().filter(n -> n.getUse() == HumanName.NameUse.OFFICIAL)
                .findFirst().orElse(patient.getNameFirstRep());
        String given = name.getGiven().stream().map(StringType::getValue).filter(v -> v != null && !v.isBlank())
                .reduce((a, b) -> a + " " + b).orElse(null);
        Address address = patient.getAddress().stream().findFirst().orElse(new Address());
        String line = address.getLine().isEmpty() ? null : address.getLine().get(0).getValue();
        PatientDetails details = new PatientDetails(null, name.getFamily(), given,
                birthDate(patient.getBirthDateElement()),
                PatientMapping.sex(patient.getGender()), telecom(patient, ContactPoint.ContactPointSystem.PHONE),
                telecom(patient, ContactPoint.ContactPointSystem.EMAIL), line, address.getCity(), address.getState(),
                address.getPostalCode(), Payer.SELF_PAY, null, null, null, null).normalized();
        Set<ConstraintViolation<PatientDetails>> problems = validator.validate(details);
        OperationOutcome outcome = new OperationOutcome();
        java.util.Map<String, String> texts = new java.util.LinkedHashMap<>();
        texts.put("familyName", details.familyName());
        texts.put("givenName", details.givenName());
        texts.put("phone", details.phone());
        texts.put("email", details.email());
        texts.put("addressLine", details.addressLine());
        texts.put("city", details.city());
        texts.put("state", details.state());
        texts.put("postalCode", details.postalCode());
        texts.forEach((field, text) -> {
            String problem = text == null ? null : org.rhomboid.shared.domain.PlainText.problem(text);
            if (problem != null) {
                String element = element(field);
                outcome.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR)
                        .setCode(OperationOutcome.IssueType.INVALID).setDiagnostics(element + ": " + problem)
                        .addExpression(element);
            }
        });
        if (!outcome.getIssue().isEmpty()) {
            throw new UnprocessableEntityException(context, outcome);
        }
        if (!problems.isEmpty()) {
            for (ConstraintViolation<PatientDetails> problem : problems) {
                String element = element(problem.getPropertyPath().toString());
                outcome.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR)
                        .setCode(OperationOutcome.IssueType.INVALID)
                        .setDiagnostics(element + ": " + problem.getMessage()).addExpression(element);
            }
            throw new UnprocessableEntityException(context, outcome);
        }
        return details;
    }

    /** A full date of birth, read as written (no time zone can move it); a year or a month alone is not one. */
    private static LocalDate birthDate(DateType birth) {
        if (birth == null || birth.isEmpty() || birth.getPrecision() != TemporalPrecisionEnum.DAY) {
            return null;
        }
        return LocalDate.of(birth.getYear(), birth.getMonth() + 1, birth.getDay());
    }

    private static String telecom(Patient patient, ContactPoint.ContactPointSystem system) {
        return patient.getTelecom().stream().filter(t -> t.getSystem() == system).map(ContactPoint::getValue)
                .findFirst().orElse(null);
    }

    /** The FHIR element a form field comes from. */
    private static String element(String field) {
        return switch (field) {
            case "familyName" -> "Patient.name.family";
            case "givenName" -> "Patient.name.given";
            case "birthDate" -> "Patient.birthDate";
            case "sex" -> "Patient.gender";
            case "phone" -> "Patient.telecom.where(system='phone').value";
            case "email" -> "Patient.telecom.where(system='email').value";
            case "addressLine" -> "Patient.address.line";
            case "city" -> "Patient.address.city";
            case "state" -> "Patient.address.state";
            case "postalCode" -> "Patient.address.postalCode";
            default -> "Patient";
        };
    }
}
