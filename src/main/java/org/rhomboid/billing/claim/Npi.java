package org.rhomboid.billing.claim;

/** National Provider Identifier: 10 digits whose last digit is a Luhn check over the prefix 80840. */
final class Npi {

    private Npi() {
    }

    static String check(String npi, String field) {
        String value = Check.matches(npi, field + " NPI", "\\d{10}", "10 digits");
        if (!luhnValid("80840" + value)) {
            // payers reject a mistyped NPI at the front door; catch it before the file is sent
            throw new IllegalArgumentException(field + " NPI has a wrong check digit: " + value);
        }
        return value;
    }

    private static boolean luhnValid(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
