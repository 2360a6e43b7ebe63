package org.rhomboid.billing.claim;

import java.time.LocalDate;

/**
 * The patient when they are not the subscriber (loop 2000C / 2010CA): a spouse's or a parent's plan. The payer knows
 * the subscriber by the member ID; the patient is named here with their relationship to the subscriber (PAT01:
 * 01 spouse, 19 child, G8 other).
 */
public record PatientLevel(String relationship, String lastName, String firstName, LocalDate birthDate, String sex,
                           Address address) {

    public PatientLevel {
        relationship = Check.matches(relationship, "patient's relationship to the subscriber", "01|19|20|21|39|40|53|G8",
                "an X12 individual relationship code such as 01, 19 or G8 (18, self, has no patient level)");
        lastName = Check.text(lastName, "patient last name", 60);
        firstName = Check.text(firstName, "patient first name", 35);
        Check.birthDate(birthDate, "patient birth date");
        sex = Check.matches(sex, "patient sex", "[FMU]", "F, M or U");
        Check.present(address, "patient address");
    }
}
