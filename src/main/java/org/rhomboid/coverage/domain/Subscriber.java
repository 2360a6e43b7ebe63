package org.rhomboid.coverage.domain;

import java.time.LocalDate;
import org.rhomboid.patient.domain.Sex;

/** The policy holder when it is not the patient (a spouse's or a parent's plan): who the payer knows as its member. */
public record Subscriber(String familyName, String givenName, LocalDate birthDate, Sex sex, String addressLine,
                         String city, String state, String postalCode) {

    public String name() {
        return givenName + " " + familyName;
    }
}
