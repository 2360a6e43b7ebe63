package org.rhomboid.billing.claim;

import java.time.LocalDate;

/** The insured member (2010BA): the patient, or the spouse or parent whose plan covers the patient (see PatientLevel). */
public record Subscriber(String memberId, String lastName, String firstName, LocalDate birthDate, String sex,
        Address address) {

    public Subscriber {
        memberId = Check.text(memberId, "member ID", 80);
        lastName = Check.text(lastName, "subscriber last name", 60);
        firstName = Check.text(firstName, "subscriber first name", 35);
        Check.birthDate(birthDate, "subscriber birth date");
        sex = Check.matches(sex, "subscriber sex", "[FMU]", "F, M or U");
        Check.present(address, "subscriber address");
    }
}
