package org.rhomboid.patient;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import org.rhomboid.patient.domain.Ages;
import org.rhomboid.shared.domain.Npi;

/** Rules across fields, each reported at the field a person would correct. */
public class PatientDetailsValidator implements ConstraintValidator<ValidPatientDetails, PatientDetails> {

    @Override
    public boolean isValid(PatientDetails details, ConstraintValidatorContext context) {
        if (details == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        boolean valid = true;
        LocalDate birthDate = details.birthDate();
        if (birthDate != null && !birthDate.isAfter(LocalDate.now())
                && !Ages.isPlausibleBirthDate(birthDate, LocalDate.now())) {
            valid = reject(context, "birthDate", "Date of birth is more than " + Ages.OLDEST_PLAUSIBLE + " years ago");
        }
        if (details.primaryPayer() != null && details.primaryPayer().needsMemberId() && isBlank(details.memberId())) {
            valid = reject(context, "memberId", "Enter the member id for " + details.primaryPayer().label());
        }
        String npi = details.referringProviderNpi() == null ? "" : details.referringProviderNpi().strip();
        if (!npi.isEmpty() && !Npi.isValid(npi)) {
            valid = reject(context, "referringProviderNpi",
                    !npi.matches("\\d{10}") ? "An NPI is exactly 10 digits"
                    : !npi.matches("[12]\\d{9}") ? "An NPI starts with 1 or 2"
                    : "This NPI’s check digit is wrong; check for a typing error");
        }
        if (!npi.isEmpty() && isBlank(details.referringProviderName())) {
            valid = reject(context, "referringProviderName", "Enter the referring provider’s name for this NPI");
        }
        return valid;
    }

    private static boolean reject(ConstraintValidatorContext context, String field, String message) {
        context.buildConstraintViolationWithTemplate(message.replace("{", "\\{"))
                .addPropertyNode(field)
                .addConstraintViolation();
        return false;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
