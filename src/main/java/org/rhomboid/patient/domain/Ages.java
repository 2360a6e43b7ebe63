package org.rhomboid.patient.domain;

import java.time.LocalDate;
import java.time.Period;

/** Age arithmetic shared by validation and display. */
public final class Ages {

    /** The oldest recorded human lived 122 years; anything older is a typing error. */
    public static final int OLDEST_PLAUSIBLE = 120;

    private Ages() {
    }

    public static int yearsOn(LocalDate birthDate, LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    public static boolean isPlausibleBirthDate(LocalDate birthDate, LocalDate today) {
        return !birthDate.isAfter(today) && yearsOn(birthDate, today) <= OLDEST_PLAUSIBLE;
    }
}
