package org.rhomboid.billing.claim;

/** Checks an NPI on a claim with the one NPI rule Rhomboid has (patient.domain.Npi). */
final class Npi {

    private Npi() {
    }

    static String check(String npi, String field) {
        String value = Check.matches(npi, field + " NPI", "\\d{10}", "10 digits");
        if (!org.rhomboid.shared.domain.Npi.isValid(value)) {
            // Payers reject a mistyped NPI at the front door; catch it before the file is sent.
            throw new IllegalArgumentException(field + " NPI has a wrong check digit or does not start with 1 or 2: "
                    + value);
        }
        return value;
    }
}
