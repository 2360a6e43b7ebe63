package org.rhomboid.shared.domain;

/**
 * National Provider Identifier: ten digits, issued beginning with 1 or 2, the last a Luhn check digit
 * computed over the first nine with the card-issuer prefix 80840 in front (CMS, "Requirements for the
 * NPI check digit"; 69 FR 3434). See docs/clinical-sources.md, key CMS-NPI.
 */
public final class Npi {

    /** The Luhn sum contributed by the prefix 80840, which is the same for every NPI. */
    private static final int PREFIX_SUM = 24;

    private Npi() {
    }

    public static boolean isValid(String npi) {
        if (npi == null || !npi.matches("[12]\\d{9}")) {
            return false;
        }
        return checkDigit(npi.substring(0, 9)) == npi.charAt(9) - '0';
    }

    /** The check digit for nine NPI digits. */
    public static int checkDigit(String firstNine) {
        if (firstNine == null || !firstNine.matches("\\d{9}")) {
            throw new IllegalArgumentException("An NPI check digit is computed over exactly nine digits");
        }
        int sum = PREFIX_SUM;
        // Double every other digit, starting with the rightmost of the nine.
        for (int i = 0; i < 9; i++) {
            int digit = firstNine.charAt(8 - i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return (10 - sum % 10) % 10;
    }
}
