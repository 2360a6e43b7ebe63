package org.rhomboid.patient;

import java.time.LocalDate;
import java.util.UUID;
import org.rhomboid.patient.domain.Ages;
import org.rhomboid.patient.domain.Payer;
import org.rhomboid.patient.domain.Sex;

/** A patient of one clinic, as stored. */
public record Patient(UUID id, String mrn, String familyName, String givenName, LocalDate birthDate, Sex sex,
                      String phone, String email, String addressLine, String city, String state, String postalCode,
                      Payer primaryPayer, String memberId, String referringProviderName,
                      String referringProviderNpi, int version) {

    public String fullName() {
        return givenName + " " + familyName;
    }

    /** "Family, Given" — how clinic lists sort and show names. */
    public String listName() {
        return familyName + ", " + givenName;
    }

    public int ageOn(LocalDate day) {
        return Ages.yearsOn(birthDate, day);
    }

    public PatientDetails details() {
        return new PatientDetails(mrn, familyName, givenName, birthDate, sex, phone, email, addressLine, city, state,
                postalCode, primaryPayer, memberId, referringProviderName, referringProviderNpi, version);
    }
}
