package org.rhomboid.patient;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.rhomboid.patient.domain.Payer;
import org.rhomboid.patient.domain.Sex;

/**
 * What staff enter about a patient, from the form or the API. Field rules are declared here; the rules
 * that need several fields or a calculation run in {@link PatientDetailsValidator}.
 *
 * @param mrn     left blank, the clinic assigns the next number
 * @param version the version this edit started from; ignored on create
 */
@ValidPatientDetails
public record PatientDetails(
        @Pattern(regexp = "^[A-Za-z0-9-]{0,20}$", message = "Use up to 20 letters, digits or dashes")
        String mrn,
        @NotBlank(message = "Enter the family name") @Size(max = 100, message = "Use at most 100 characters")
        String familyName,
        @NotBlank(message = "Enter the given name") @Size(max = 100, message = "Use at most 100 characters")
        String givenName,
        @NotNull(message = "Enter the date of birth")
        @PastOrPresent(message = "Date of birth can’t be in the future")
        LocalDate birthDate,
        @NotNull(message = "Choose the patient’s sex")
        Sex sex,
        @Size(max = 30, message = "Use at most 30 characters")
        @Pattern(regexp = "^[0-9+() .-]*$", message = "Use digits, spaces and + ( ) . - only")
        String phone,
        @Email(message = "Enter a valid e-mail address") @Size(max = 254, message = "Use at most 254 characters")
        String email,
        @Size(max = 200, message = "Use at most 200 characters")
        String addressLine,
        @Size(max = 100, message = "Use at most 100 characters")
        String city,
        @Pattern(regexp = "^([A-Za-z]{2})?$", message = "Use the two-letter state code")
        String state,
        @Pattern(regexp = "^(\\d{5}(-\\d{4})?)?$", message = "Use a 5-digit ZIP code or ZIP+4")
        String postalCode,
        @NotNull(message = "Choose the primary payer")
        Payer primaryPayer,
        @Size(max = 30, message = "Use at most 30 characters")
        @Pattern(regexp = "^[A-Za-z0-9-]*$", message = "Use letters, digits or dashes only")
        String memberId,
        @Size(max = 200, message = "Use at most 200 characters")
        String referringProviderName,
        String referringProviderNpi,
        Integer version) {

    /** Trimmed, blanks as nulls, codes in upper case: one spelling in the database. */
    public PatientDetails normalized() {
        return new PatientDetails(upper(mrn), trim(familyName), trim(givenName), birthDate, sex, trim(phone),
                trim(email), trim(addressLine), trim(city), upper(state), trim(postalCode), primaryPayer,
                upper(memberId), trim(referringProviderName), trim(referringProviderNpi), version);
    }

    public PatientDetails withMrn(String newMrn) {
        return new PatientDetails(newMrn, familyName, givenName, birthDate, sex, phone, email, addressLine, city,
                state, postalCode, primaryPayer, memberId, referringProviderName, referringProviderNpi, version);
    }

    public PatientDetails withVersion(Integer newVersion) {
        return new PatientDetails(mrn, familyName, givenName, birthDate, sex, phone, email, addressLine, city,
                state, postalCode, primaryPayer, memberId, referringProviderName, referringProviderNpi, newVersion);
    }

    public static PatientDetails blank() {
        return new PatientDetails(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null);
    }

    private static String trim(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    private static String upper(String value) {
        String trimmed = trim(value);
        return trimmed == null ? null : trimmed.toUpperCase(java.util.Locale.ROOT);
    }
}
